// Runs the extension-host mocha suite (test/e2e/out/index.js) two ways:
//  - electron: @vscode/test-electron, wherever a VS Code build can be downloaded or is given
//    (VSCODE_EXECUTABLE=/path/to/code); otherwise it says so in one line and skips;
//  - code-server: VS Code 1.139 served from npm, the suite started through the smoke-test driver's
//    payload URL, its exit code reported back through codeAutomationExit.
// Both run the extension as packaged: the .vsix, installed, is the extensionDevelopmentPath.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, makeWorkspace, resultsDir, root, startCodeServer } from './editor.mjs';

const suite = path.join(root, 'test', 'e2e', 'out', 'index.js');
const hostLog = path.join(resultsDir, 'extension-host.log');

/** @returns {Promise<{status: 'passed'|'failed'|'skipped', detail: string}>} */
export async function runWithTestElectron(extensionPath) {
  const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version: 'stable', timeout: 20_000 });
    } catch (e) {
      return { status: 'skipped', detail: `no VS Code build could be downloaded here (${String(e.message ?? e).split('\n')[0]}); set VSCODE_EXECUTABLE to a VS Code binary to run the suite under @vscode/test-electron` };
    }
  }
  try {
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: suite,
      launchArgs: [makeWorkspace(), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
    return { status: code === 0 ? 'passed' : 'failed', detail: `exit code ${code}; log ${path.relative(root, hostLog)}` };
  } catch (e) {
    return { status: 'failed', detail: String(e.message ?? e) };
  }
}

/** @returns {Promise<{status: 'passed'|'failed', detail: string}>} */
export async function runInCodeServer(bin, extensionPath) {
  const folder = makeWorkspace();
  const cs = await startCodeServer({ bin, folder, logName: 'extension-host' });
  const browser = await launchBrowser();
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    let reportExit;
    const exit = new Promise((resolve) => { reportExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (process.env.PODLINT_E2E_VERBOSE) console.log(`  [workbench ${type}]`, ...(Array.isArray(args) ? args : [args]));
    });
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(suite)]]);
    await page.goto(`${cs.base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5 * 60_000));
    const code = await Promise.race([exit, timeout]);
    if (code === 'timeout') return { status: 'failed', detail: `the suite did not finish within 5 minutes; code-server log ${path.relative(root, cs.logPath)}` };
    return { status: code === 0 ? 'passed' : 'failed', detail: `exit code ${code}` };
  } finally {
    await browser.close();
    await cs.stop();
  }
}

export function hostLogText() {
  return fs.existsSync(hostLog) ? fs.readFileSync(hostLog, 'utf8') : '(the suite wrote no log: it never ran)\n';
}
