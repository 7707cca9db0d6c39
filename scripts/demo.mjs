#!/usr/bin/env node
// "See it work": podlint on the bundled examples, then --fix on a copy, showing what changed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).bin.podlint);
const run = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

console.log('$ podlint examples/');
const check = run(['examples/']);
process.stdout.write(check.stdout + check.stderr);
console.log(`(exit code ${check.status}: 1 means errors were found)\n`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-demo-'));
const copy = path.join(dir, 'sidecar-pod.yaml');
fs.copyFileSync(path.join(root, 'examples', 'sidecar-pod.yaml'), copy);
console.log(`$ podlint --fix ${copy}`);
const fixed = run(['--fix', copy]);
process.stdout.write(fixed.stdout + fixed.stderr);
const before = fs.readFileSync(path.join(root, 'examples', 'sidecar-pod.yaml'), 'utf8').split('\n');
const after = fs.readFileSync(copy, 'utf8').split('\n');
console.log('\nLines --fix changed (comments and layout kept):');
before.forEach((line, i) => {
  if (line !== after[i]) console.log(`  ${String(i + 1).padStart(3)} - ${line}\n      + ${after[i]}`);
});
console.log(`\nWhat is left needs a decision (the quick fix in the editor offers both readings). Exit code ${fixed.status}.`);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(check.status === 1 ? 0 : 1); // the demo fails if podlint stopped finding the example's mistakes
