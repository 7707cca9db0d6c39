import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const MODULE = path.join(__dirname, '..', '..', 'server', 'out', 'youngGeneration.js');

/** Size of the young generation after allocating objects that all survive, as a large parse does. */
function newSpaceAfterLongLivedAllocations(preload: string[]): number {
  const script = `
    const v8 = require('node:v8');
    const kept = [];
    for (let i = 0; i < 300000; i++) kept.push({ i });
    process.stdout.write(String(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size));
  `;
  const r = spawnSync(process.execPath, [...preload.flatMap((p) => ['--require', p]), '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Number(r.stdout);
}

describe('the language server process', () => {
  it('keeps the young generation at its initial size while trees that stay open are allocated', () => {
    const MiB = 1024 * 1024;
    // Without the setting V8 doubles it up to 2 x 16 MiB: the check is not vacuous.
    assert.ok(newSpaceAfterLongLivedAllocations([]) > 8 * MiB);
    assert.ok(newSpaceAfterLongLivedAllocations([MODULE]) <= 4 * MiB);
  });

  it('applies it before the server loads anything else (module start-up allocations grow it too)', () => {
    const source = fs.readFileSync(path.join(__dirname, '..', '..', 'server', 'src', 'server.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\b.*?['"]([^'"]+)['"];?$/gms)].map((m) => m[1]);
    assert.equal(imports[0], './youngGeneration');
  });
});
