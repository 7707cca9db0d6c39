import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Settings } from '../../server/src/service';
import { applyFixes, findings, service } from './service';

export interface InvalidCase {
  readonly name: string;
  readonly text: string;
  /** Every finding of the rule, in order: where (`line:col-line:col`, 1-based) and, optionally, the message. */
  readonly findings: readonly { readonly at: string; readonly message?: string | RegExp; readonly path?: string }[];
  /** The text after applying the preferred quick fix of every finding; omit when the rule offers none. */
  readonly output?: string;
  /** Settings to check with, e.g. an older `kubernetesVersion`. */
  readonly settings?: Settings;
}

export interface RuleCases {
  readonly valid: readonly { readonly name: string; readonly text: string; readonly settings?: Settings }[];
  readonly invalid: readonly InvalidCase[];
}

/** Valid and invalid manifests for one rule, with exact ranges, messages and fixed output (as eslint's RuleTester). */
export function ruleTester(rule: string, cases: RuleCases): void {
  describe(`rule ${rule}`, () => {
    it('is registered', () => assert.ok(service.rules.some((r) => r.id === rule)));
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => assert.deepEqual(findings(c.text, rule, c.settings), []));
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = findings(c.text, rule, c.settings);
        assert.deepEqual(
          found.map((f) => f.at),
          c.findings.map((f) => f.at),
          `findings: ${JSON.stringify(found, null, 1)}`,
        );
        c.findings.forEach((expected, i) => {
          if (typeof expected.message === 'string') assert.equal(found[i].message, expected.message);
          else if (expected.message) assert.match(found[i].message, expected.message);
          if (expected.path !== undefined) assert.equal(found[i].path, expected.path);
        });
        if (c.output !== undefined) {
          const fixed = applyFixes(c.text, rule, c.settings);
          assert.equal(fixed, c.output);
          assert.deepEqual(findings(fixed, rule, c.settings), [], 'the fixed text still has findings');
        }
      });
    }
  });
}

/** A minimal valid Pod around the given container lines (indented for `containers:`). */
export function podWith(spec: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}`;
}
