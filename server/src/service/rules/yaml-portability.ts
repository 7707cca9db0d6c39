import type { YamlRule } from './types';

export const yamlPortability: YamlRule = {
  meta: {
    id: 'yaml-portability',
    severity: 'warning',
    description: 'YAML that kubectl reads but strict YAML 1.2 tools reject or read differently.',
    docs: [
      "kubectl's YAML reader (go-yaml) is lenient in places where YAML 1.2 is not: it accepts the",
      'escape `\\\'` inside double quotes and ignores unknown local tags such as `!Ref`. The cluster',
      'takes such a file, but editors, linters, `yq` and CI tools that follow the YAML spec fail on',
      'it. Write the portable form.',
      '',
      'Wrong:',
      '```yaml',
      'args: ["echo \\"it\\\'s ready\\""]',
      '```',
      'Right:',
      '```yaml',
      'args: ["echo \\"it\'s ready\\""]',
      '```',
    ].join('\n'),
    source: 'YAML 1.2.2 spec, 5.7 (escaped characters) and 6.8.1 (tags); go-yaml v2 scannerc.go',
    scope: 'yaml',
  },
  check(ctx) {
    const doc = ctx.document;
    if (doc.fatal) return; // a broken tree yields only cascades
    for (const issue of doc.syntaxIssues) {
      let message: string | undefined;
      let end = issue.end > issue.start ? issue.end : issue.start + 1;
      if (issue.code === 'BAD_DQ_ESCAPE') {
        // The parser points at the backslash; underline the whole escape.
        const escaped = doc.text[issue.start + 1];
        end = issue.start + 2;
        message =
          `${issue.message}: kubectl accepts it, but it is not valid YAML 1.2 and other tools reject the file; ` +
          (escaped === "'" ? "write ' without the backslash" : 'remove the backslash, or write \\\\ for a backslash');
      } else if (issue.code === 'TAG_RESOLVE_FAILED') {
        message = `${issue.message}: kubectl ignores unknown tags and reads the value as plain YAML; remove the tag`;
      }
      if (message) ctx.report({ path: [], range: doc.range(issue.start, end), message });
    }
  },
};
