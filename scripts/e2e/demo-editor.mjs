#!/usr/bin/env node
// `npm run demo:editor`: packages podlint, installs it into code-server and serves VS Code with the
// examples/ folder on 127.0.0.1 (loopback only, no password), for a person to try in a browser.
// Ctrl+C stops code-server and everything it started. Needs .ci/install-editor.sh first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerBinary, installVsix, removeScratch, root, scratch, startCodeServer } from './editor.mjs';

const { bin, missing } = codeServerBinary();
if (missing) {
  console.error(`demo:editor: ${missing}`);
  process.exit(1);
}
const built = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const extensionsDir = installVsix(bin, path.join(root, `podlint-${version}.vsix`));
// A copy, so what the person types never changes the repository's examples.
const folder = path.join(scratch('demo'), 'examples');
fs.cpSync(path.join(root, 'examples'), folder, { recursive: true });
const port = process.env.PORT ? Number(process.env.PORT) : undefined; // a free port unless PORT says
const cs = await startCodeServer({ bin, folder, extensionsDir, logName: 'demo', port, testDriver: false });
console.log(`podlint in VS Code (code-server): ${cs.base}/?folder=${encodeURIComponent(folder)}`);
console.log('Open sidecar-pod.yaml: squiggles, Problems (Ctrl+Shift+M), quick fixes (Ctrl+.). Ctrl+C to stop.');
const stop = async () => { await cs.stop(); removeScratch(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
