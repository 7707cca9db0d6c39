import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { ROOT } from '../helpers/cli';

// What `npm pack` would put in the package (without running prepack: npm test has just built).
// `npm run check:package` goes further: it installs the tarball and runs `npx podlint`.
it('the npm package holds the CLI, its modules, the generated schemas and the rule docs, and no sources or tests', () => {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  assert.equal(r.status, 0, r.stderr);
  const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = path.posix.normalize(pkg.bin.podlint);
  assert.equal(fs.readFileSync(path.join(ROOT, bin), 'utf8').split('\n')[0], '#!/usr/bin/env node', 'the bin is runnable by npx');
  const schemaVersions = fs.readdirSync(path.join(ROOT, 'schemas')).filter((d) => d.startsWith('kubernetes-'));
  assert.ok(schemaVersions.length > 0);
  for (const required of [
    'package.json',
    'README.md',
    bin,
    'server/out/cli/main.js',
    'server/out/cli/formats/sarif.js',
    'server/out/service/index.js',
    'server/out/server.js',
    'schemas/index.json',
    ...schemaVersions.flatMap((v) => [`schemas/${v}/schema.json`, `schemas/${v}/validators.js`]),
    'docs/rules.md',
  ]) {
    assert.ok(files.includes(required), `${required} is missing from the package`);
  }
  const unwanted = files.filter((f) => /^(test|scripts|\.ci|server\/src|client\/src)\/|\.(map|tsbuildinfo|vsix)$|(^|\/)tsconfig[^/]*\.json$|\.d\.ts$/.test(f));
  assert.deepEqual(unwanted, []);
});
