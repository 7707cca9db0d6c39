import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLI } from '../helpers/cli';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'multi-container-mistakes.yaml');

/** `# expect: rule-a rule-b` comments: the rules reported on that line (1-based), sorted. */
function expectations(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (/# expect: (.*)$/.exec(line)?.[1].trim().split(/\s+/) ?? []).map((rule) => `${i + 1} ${rule}`))
    .sort();
}

describe('podlint --format json on a pod with every multi-container mistake', () => {
  it('reports each mistake, and nothing else, at the line its comment marks', () => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', FIXTURE], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const json = JSON.parse(r.stdout) as { results: { diagnostics: { rule: string; range: { start: { line: number } } }[] }[] };
    const reported = json.results[0].diagnostics.map((d) => `${d.range.start.line + 1} ${d.rule}`).sort();
    const expected = expectations(fs.readFileSync(FIXTURE, 'utf8'));
    assert.equal(new Set(expected.map((e) => e.split(' ')[1])).size, 25, 'one mistake for each of the 25 multi-container rules');
    assert.deepEqual(reported, expected);
  });
});
