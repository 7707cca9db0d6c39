#!/usr/bin/env node
// `npm pack` / `npm publish` run this first: a clean build, so the package holds exactly what the
// sources compile to today (no stale modules left in out/ by an earlier build) and the schemas,
// which are generated at build time and not in git.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => {
  // The build's output goes to stderr: `npm pack` prints the tarball's name on stdout, and tools such as
  // pre-commit read it from there.
  const r = spawnSync(args[0], args.slice(1), { cwd: root, stdio: [0, 2, 2], shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// tsc -b skips emitting when its .tsbuildinfo says nothing changed, so both go together.
for (const dir of ['server/out', 'client/out']) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
for (const project of ['server', 'client']) fs.rmSync(path.join(root, project, 'tsconfig.tsbuildinfo'), { force: true });
run(['npm', 'run', 'build']);
