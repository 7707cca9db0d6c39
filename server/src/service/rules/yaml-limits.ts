import type { YamlRule } from './types';

export const yamlLimits: YamlRule = {
  meta: {
    id: 'yaml-limits',
    severity: 'error',
    description: 'The document expands beyond what podlint (and the API server) will process.',
    docs: [
      'YAML aliases let a few lines describe an enormous value (the "billion laughs" attack), and',
      'very deep nesting exhausts parsers. kubectl and the API server refuse such input too. podlint',
      'measures the expanded size before converting a document and stops with this error instead of',
      'hanging; the rest of the file is still checked.',
      '',
      'The same error marks what podlint does not parse at all: nesting deeper than 256 levels, a',
      'document over 1.5 MiB (etcd, behind the API server, refuses larger requests by default), and',
      'whatever of a file lies beyond its first 2 MiB or 5000 documents. Split such a file.',
      '',
      'Wrong:',
      '```yaml',
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '# ... each level multiplies the size by nine',
      '```',
      'Right: write the values out, or use fewer levels of aliases.',
    ].join('\n'),
    source: 'go-yaml v2 alias expansion limits (decode.go, allowedAliasRatio)',
    scope: 'yaml',
  },
  check(ctx) {
    const plain = ctx.document.plain;
    if (plain && !plain.ok) {
      ctx.report({ path: [], message: `this document cannot be checked: ${plain.detail}` });
    }
  },
};
