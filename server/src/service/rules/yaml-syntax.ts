import { isAlias, visit } from 'yaml';
import { resolveAlias } from '../model/anchors';
import type { YamlRule } from './types';

/** What go-yaml's reader refuses (is_printable in yaml_private.go): C0 and C1 controls but tab, LF, CR and NEL; U+FFFE/U+FFFF. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/** Hints for the parser errors people hit most when writing manifests by hand. */
const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces',
  BAD_INDENT: 'check the indentation of this line against the lines above',
  BLOCK_AS_IMPLICIT_KEY: 'a key is probably indented too far, or a ":" is missing on the line above',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check the indentation or a missing ":"',
  MISSING_CHAR: 'a quote or bracket is not closed',
  UNEXPECTED_TOKEN: 'check the indentation and the "- " of list items',
};

export const yamlSyntax: YamlRule = {
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    description: 'The document is not valid YAML, so kubectl cannot read it.',
    docs: [
      'kubectl converts YAML to JSON before anything reaches the API server; a syntax error stops it',
      '(`error converting YAML to JSON: yaml: line 17: mapping values are not allowed in this context`).',
      'podlint reports the first syntax error of each document, where the parser found it, and checks',
      'nothing else in that document until it parses: a broken tree would only produce noise.',
      '',
      'Wrong (the lines after `apiVersion` are indented, so they are not keys of the object):',
      '```yaml',
      'apiVersion: apps/v1',
      '    kind: Deployment',
      '```',
      'Right:',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      '```',
    ].join('\n'),
    source: 'sigs.k8s.io/yaml (YAMLToJSON), which kubectl uses to read manifests',
    scope: 'yaml',
  },
  check(ctx) {
    const doc = ctx.document;
    const fatal = doc.syntaxIssues.find((i) => i.fatal);
    if (fatal) {
      const hint = HINTS[fatal.code];
      const end = fatal.end > fatal.start ? fatal.end : Math.min(fatal.start + 1, doc.text.length);
      ctx.report({
        path: [],
        range: doc.range(fatal.start, end),
        message: `YAML syntax error: ${fatal.message}${hint ? `: ${hint}` : ''}`,
      });
      return;
    }
    // The yaml package accepts control characters in scalars; go-yaml's reader rejects them outright.
    const control = CONTROL.exec(doc.text);
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      ctx.report({
        path: [],
        range: doc.range(control.index, control.index + 1),
        message: `YAML syntax error: control characters are not allowed (U+${code}); kubectl cannot read this document: remove the character`,
      });
    }
    if (!doc.text.includes('*')) return;
    // An alias to an anchor that does not exist parses, but kubectl fails on it ("unknown anchor").
    visit(doc.yaml, {
      Alias(_, node) {
        if (isAlias(node) && resolveAlias(doc.yaml, node) === undefined && node.range) {
          ctx.report({
            path: [],
            range: doc.range(node.range[0], node.range[1]),
            message: `YAML syntax error: unknown anchor "${node.source}" referenced; define it with &${node.source} before using *${node.source}`,
          });
        }
      },
    });
  },
};
