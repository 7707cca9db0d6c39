#!/usr/bin/env node
// `npm run check:package`: proves `npx podlint` works for someone who installs the package.
// Packs the project (prepack builds it), installs the tarball into an empty temporary project
// (dependencies from the npm cache where possible), runs `npx podlint` there on a bad and a good
// manifest, and prints the package's size.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-package-'));
const sh = (cmd, args, cwd, input) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', input, shell: process.platform === 'win32' });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
};
const fail = (message, r) => {
  console.error(`check-package: ${message}\n${r ? r.stdout + r.stderr : ''}`);
  process.exit(1);
};

const pack = sh('npm', ['pack', '--json', '--pack-destination', work], root);
if (pack.code !== 0) fail('npm pack failed', pack);
const info = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[\n  {')))[0];
const tarball = path.join(work, info.filename);
console.log(`package: ${info.filename}: ${(info.size / 1024).toFixed(0)} KiB packed, ${(info.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${info.entryCount} files`);

const project = path.join(work, 'project');
fs.mkdirSync(project);
fs.writeFileSync(path.join(project, 'package.json'), '{"name":"uses-podlint","private":true}\n');
const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
if (install.code !== 0) fail('npm install of the tarball failed', install);

const bad = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: nginx:1.27, Ports: [], resources: {requests: {cpu: 10m, memory: 16Mi}}}]\n';
fs.writeFileSync(path.join(project, 'bad.yaml'), bad);
fs.writeFileSync(path.join(project, 'good.yaml'), bad.replace(', Ports: []', ''));
const checks = [
  [['podlint', '--version'], 0, (out) => out.trim() === JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version],
  [['podlint', 'good.yaml'], 0, (out) => out === ''],
  [['podlint', 'bad.yaml'], 1, (out) => out.startsWith('bad.yaml:5:47 error unknown field "Ports"')],
  [['podlint', '--format', 'sarif', '.'], 1, (out) => JSON.parse(out).runs[0].results.length === 1],
];
for (const [args, code, ok] of checks) {
  const r = sh('npx', ['--no-install', ...args], project);
  if (r.code !== code || !ok(r.stdout)) fail(`npx ${args.join(' ')}: exit ${r.code}, expected ${code}`, r);
  console.log(`ok: npx ${args.join(' ')} (exit ${r.code})`);
}
fs.rmSync(work, { recursive: true, force: true });
