import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParsedDocument } from '../../server/src/service/model/parsedDocument';
import { toPlainValue } from '../../server/src/service/model/toPlainValue';

/** Texts without `*`: the conversion skips its alias bookkeeping for them (mayHaveAliases false). */
const WITHOUT_ALIASES = [
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {on: yes, "n": no}}\nspec:\n  containers:\n  - {name: app, image: nginx, args: [a, 0644, 1e3, ~, "x"]}\n',
  // A merge key with an inline map, and an explicit key that wins over the merged one.
  'base:\n  <<: {a: 1, b: 2}\n  b: 3\nlist:\n  <<: [{c: 1}, {d: 2}]\n',
  // Null values count as absent; an anchor without an alias is still just a value.
  'a: null\nb: &x {c: ~, d: [1, {e: f}]}\n? [complex, key]\n: value\n2001-12-14: date key\n',
];

describe('toPlainValue', () => {
  it('gives the same value for a text without aliases with and without its alias bookkeeping', () => {
    for (const text of WITHOUT_ALIASES) {
      const doc = new ParsedDocument(text);
      const budget = 100_000 + 2 * text.length;
      assert.deepEqual(toPlainValue(doc.yaml, budget, false), toPlainValue(doc.yaml, budget, true), text);
      assert.deepEqual(doc.plain, toPlainValue(doc.yaml, budget, true), text);
    }
  });

  it('a text with aliases keeps the bookkeeping: shared values, cycles, and the expansion budget', () => {
    const shared = new ParsedDocument('a: &r {cpu: 1}\nb: *r\n');
    assert.deepEqual(shared.plain, { ok: true, value: { a: { cpu: 1 }, b: { cpu: 1 } } });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    const doc = new ParsedDocument(`${bomb}\n`);
    assert.equal(doc.plain?.ok, false);
    assert.equal(doc.plain?.ok === false && doc.plain.reason, 'alias-budget');
  });
});
