#!/usr/bin/env node
// `npm run test:e2e`: podlint in a real editor. Packages the .vsix, then
//  1. the extension-host mocha suite (test/e2e/suite) under @vscode/test-electron (skipped, saying
//     why, where no VS Code build can be had) and inside code-server;
//  2. the browser test as a user (scripts/e2e/browser.mjs) with the .vsix installed, and the same
//     check with no extension installed, which must fail (the negative control).
// Needs code-server and chromium: .ci/install-editor.sh installs them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerBinary, installVsix, removeScratch, resultsDir, root } from './editor.mjs';
import { hostLogText, runInCodeServer, runWithTestElectron } from './host.mjs';
import { runBrowserSession, screenshotsDir, sidecarPrefix } from './browser.mjs';
import { serverCapabilities } from './capabilities.mjs';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) { console.error(`e2e: "${[cmd, ...args].join(' ')}" failed`); process.exit(r.status ?? 1); }
};
const tally = { passed: 0, failed: 0, skipped: 0 };

const { bin, missing } = codeServerBinary();
if (missing) {
  console.error(`e2e: cannot run: ${missing}`);
  process.exit(1);
}
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

step('npm', ['run', 'package', '--silent']);
step(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'test/e2e']);
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `podlint-${version}.vsix`);
const extensionsDir = installVsix(bin, vsix);
const installed = path.join(extensionsDir, fs.readdirSync(extensionsDir).find((d) => d.startsWith('podlint.podlint-')));
console.log(`\ne2e: ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB) installed into code-server at ${installed}`);

async function hostSuite() {
  const electron = await runWithTestElectron(installed);
  console.log(`\ne2e: extension-host suite under @vscode/test-electron: ${electron.status.toUpperCase()}: ${electron.detail}`);
  if (electron.status === 'skipped') tally.skipped++;
  else { tally[electron.status]++; console.log(hostLogText()); }

  const t = Date.now();
  const host = await runInCodeServer(bin, installed);
  console.log(`\ne2e: extension-host suite inside code-server: ${host.status.toUpperCase()} (${host.detail}, ${seconds(t)})`);
  const hostLog = hostLogText();
  process.stdout.write(hostLog.replace(/^/gm, '  '));
  const counts = /extension host: (\d+) passed, (\d+) failed, (\d+) pending/.exec(hostLog);
  if (counts) { tally.passed += +counts[1]; tally.failed += +counts[2]; tally.skipped += +counts[3]; }
  if (host.status === 'failed' && (!counts || +counts[2] === 0)) tally.failed++;
}

/** The browser test with the packaged extension, then without it: returns the screenshots taken. */
async function browserTests() {
  const capabilities = await serverCapabilities(path.join(installed, 'dist', 'server.js'));
  let t = Date.now();
  const user = await runBrowserSession({ bin, extensionsDir, name: 'with-podlint', capabilities, snippetPrefix: sidecarPrefix(installed) });
  console.log(`\ne2e: browser, packaged extension installed: ${user.error ? 'FAILED' : 'PASSED'} (${seconds(t)})`);
  for (const c of user.checks) console.log(`  ok      ${c}`);
  for (const p of user.pending) console.log(`  PENDING ${p}`);
  if (user.error) console.log(`  FAILED  ${user.error.replace(/\n/g, '\n          ')}`);
  tally.passed += user.checks.length;
  tally.skipped += user.pending.length;
  if (user.error) tally.failed++;

  t = Date.now();
  const control = await runBrowserSession({ bin, name: 'negative-control', timeout: 30_000 });
  // It must fail where podlint's absence shows (no squiggle), not earlier for some other reason.
  const controlOk = Boolean(control.error) && control.step === 'squiggle';
  console.log(`\ne2e: negative control (no extension installed; the check must fail at the squiggle): ${controlOk ? 'PASSED, the check failed as it must' : `FAILED: ${control.error ? `the check failed elsewhere: ${control.error}` : 'the check passed without podlint'}`} (${seconds(t)})`);
  if (controlOk) console.log(`  the check said: ${control.error.split('\n')[0]}`);
  tally[controlOk ? 'passed' : 'failed']++;
  return [...user.screenshots, ...control.screenshots];
}

// PODLINT_E2E_ONLY=host|browser runs one half (while working on it).
const only = process.env.PODLINT_E2E_ONLY;
if (only !== 'browser') await hostSuite();
const shots = only !== 'host' ? await browserTests() : [];

console.log(`\ne2e: screenshots in ${path.relative(root, screenshotsDir)}/: ${shots.map((s) => path.basename(s)).join(', ')}`);
console.log(`e2e: logs in ${path.relative(root, resultsDir)}/; whole run ${seconds(started)}`);
removeScratch();
console.log(`e2e: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed ? 1 : 0);
