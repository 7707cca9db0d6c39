// Shared by the editor end-to-end scripts: a throwaway workspace, code-server on loopback in its own
// process group, and Debian's chromium driven by playwright-core. See .ci/install-editor.sh for
// how code-server and chromium get onto the machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resultsDir = path.join(root, 'test-results', 'e2e');
const cache = process.env.PODLINT_EDITOR_CACHE ?? path.join(os.homedir(), '.cache', 'podlint-editor');
export const CHROMIUM = process.env.PODLINT_CHROMIUM ?? '/usr/bin/chromium';

/** The code-server launcher, or undefined with the reason when it is not installed. */
export function codeServerBinary() {
  const bin = process.env.PODLINT_CODE_SERVER ?? path.join(cache, 'bin', 'code-server');
  if (!fs.existsSync(bin)) return { missing: `code-server is not installed (${bin}); run .ci/install-editor.sh` };
  if (!fs.existsSync(CHROMIUM)) return { missing: `chromium is not installed (${CHROMIUM}); run .ci/install-editor.sh` };
  return { bin };
}

const scratchDirs = [];
export function scratch(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `podlint-e2e-${name}-`));
  scratchDirs.push(dir);
  return dir;
}

/** Removes every scratch folder made so far (workspaces, profiles, code-server homes). */
export function removeScratch() {
  for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A fresh workspace: the examples and the e2e fixtures, copied, so tests may edit them freely. */
export function makeWorkspace() {
  const dir = scratch('ws');
  for (const from of [path.join(root, 'examples'), path.join(root, 'test', 'e2e', 'fixtures')]) {
    for (const f of fs.readdirSync(from)) if (f.endsWith('.yaml')) fs.copyFileSync(path.join(from, f), path.join(dir, f));
  }
  return dir;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** code-server's environment: XDG folders in scratch space, so nothing lands in $HOME. */
function editorEnv(home) {
  return { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_CACHE_HOME: path.join(home, 'cache') };
}

/** Installs a .vsix into a fresh extensions folder; returns that folder. */
export function installVsix(bin, vsix) {
  const home = scratch('install');
  const extensionsDir = path.join(home, 'extensions');
  const r = spawnSync(bin, ['--user-data-dir', path.join(home, 'user'), '--extensions-dir', extensionsDir, '--install-extension', vsix], { env: editorEnv(home), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return extensionsDir;
}

/**
 * Starts code-server on 127.0.0.1 (no auth: loopback only) in its own process group and waits for
 * /healthz. `stop()` ends the whole group, extension hosts and language servers included.
 */
export async function startCodeServer({ bin, folder, extensionsDir, logName, port, testDriver = true }) {
  const home = scratch('cs');
  port ??= await freePort();
  // A plain workbench for the screenshots: no welcome page, no chat panel.
  fs.mkdirSync(path.join(home, 'user', 'User'), { recursive: true });
  fs.writeFileSync(path.join(home, 'user', 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  }, null, 2));
  fs.mkdirSync(resultsDir, { recursive: true });
  const logPath = path.join(resultsDir, `${logName}.code-server.log`);
  const out = fs.openSync(logPath, 'w');
  const child = spawn(bin, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // Without it an extension host lingers for hours after the browser goes.
    '--reconnection-grace-time', '5',
    // Lets a page run an extensionTestsPath suite and report its exit code (the smoke-test driver).
    ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    '--user-data-dir', path.join(home, 'user'),
    '--extensions-dir', extensionsDir ?? path.join(home, 'extensions'),
    folder,
  ], { detached: true, stdio: ['ignore', out, out], env: editorEnv(home) });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exited;
    clearTimeout(timer);
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the group is gone */ }
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; log: ${logPath}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await stop(); throw new Error(`code-server did not answer /healthz within 60 s; log: ${logPath}`); }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, port, logPath, stop };
}

/** Debian's chromium, headless, with a fresh profile (Playwright refuses --user-data-dir in args). */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(scratch('profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
