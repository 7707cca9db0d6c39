import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ruleTester } from '../helpers/ruleTester';
import { diagnose } from '../helpers/service';

function laughs(levels: number): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', '  annotations:', '    a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`    a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

ruleTester('yaml-limits', {
  valid: [{ name: 'a few aliases', text: laughs(3) }],
  invalid: [
    {
      name: 'a billion laughs: stopped before expansion',
      text: laughs(10),
      findings: [{ at: '1:1-1:11', message: /^this document cannot be checked: aliases expand this document to about \d\.\de\+9 nodes \(the limit is \d+\)$/ }],
    },
    {
      name: 'nesting deeper than any manifest',
      // Not composed at all (the composer would overflow its stack), so the first line is underlined.
      text: `apiVersion: v1\nkind: Pod\nmetadata:\n  annotations: {a: ${'['.repeat(300)}${']'.repeat(300)}}\n`,
      findings: [{ at: '1:1-1:15', message: 'this document cannot be checked: nesting is deeper than 256 levels' }],
    },
  ],
});

it('yaml-limits: a billion laughs is rejected quickly', () => {
  const started = process.hrtime.bigint();
  diagnose(laughs(12));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  assert.ok(ms < 2000, `took ${ms} ms`);
});
