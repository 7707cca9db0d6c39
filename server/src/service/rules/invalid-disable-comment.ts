import { readSuppressions } from '../model/suppressions';
import { closestMatch } from '../util/textDistance';
import type { Fix, YamlRule } from './types';

export const invalidDisableComment: YamlRule = {
  meta: {
    id: 'invalid-disable-comment',
    severity: 'warning',
    description: 'A `# podlint-disable` comment names a rule that does not exist.',
    docs: [
      '`# podlint-disable-next-line rule-id` silences a rule on the next line and',
      '`# podlint-disable rule-id` silences it from there to the end of the YAML document (at the top:',
      'the whole document). A misspelt rule id silences nothing, so the problem it was meant to',
      'accept keeps being reported, or worse, a later rename of the rule goes unnoticed. Rule ids',
      'are listed in this file; text after ` -- ` is a free-form reason.',
      '',
      'Wrong:',
      '```yaml',
      '# podlint-disable-next-line unknown-fields',
      '    debugSidecar: true',
      '```',
      'Right:',
      '```yaml',
      '# podlint-disable-next-line unknown-field -- our mutating webhook consumes it',
      '    debugSidecar: true',
      '```',
    ].join('\n'),
    source: "podlint's own suppression comments (after eslint's eslint-disable comments)",
    scope: 'yaml',
  },
  check(ctx) {
    const doc = ctx.document;
    for (const comment of readSuppressions(doc)) {
      for (const named of comment.ids) {
        if (ctx.ruleIds.has(named.id)) continue;
        const suggestion = closestMatch(named.id, ctx.ruleIds);
        const fixes: Fix[] = suggestion
          ? [
              {
                title: `Change to "${suggestion.value}"`,
                edits: [{ range: doc.range(named.start, named.end), newText: suggestion.value }],
                isPreferred: suggestion.unique,
                safe: suggestion.unique,
              },
            ]
          : [];
        ctx.report({
          path: [],
          range: doc.range(named.start, named.end),
          message:
            `unknown rule "${named.id}" in a podlint-disable comment: it silences nothing` +
            (suggestion ? `; did you mean "${suggestion.value}"?` : '; see docs/rules.md for the rule ids'),
          fixes,
        });
      }
    }
  },
};
