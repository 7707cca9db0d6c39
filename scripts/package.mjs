#!/usr/bin/env node
// `npm run package`: bundles the client and server minified (scripts/bundle.mjs --minify) and
// packs podlint-<version>.vsix with @vscode/vsce, offline and without node_modules (everything
// the extension runs is in dist/). Prints the package's size and its file list.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, `podlint-${version}.vsix`);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
run(process.execPath, ['scripts/bundle.mjs', '--minify']);
// No repository URL exists yet, so relative README links stay relative (they resolve in the repo).
run(process.execPath, [
  path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out,
]);
const bytes = fs.statSync(out).size;
console.log(`package: ${path.relative(root, out)} ${(bytes / 1024).toFixed(0)} KiB (${bytes} bytes)`);
