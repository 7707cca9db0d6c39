// The entry point VS Code calls as `extensionTestsPath` (under @vscode/test-electron, and inside
// code-server through the smoke-test driver's payload): runs every *.test.js beside it with mocha
// in the extension host. A small reporter of its own writes each result to the console and to
// test-results/e2e/extension-host.log, because code-server does not forward the extension
// host's console to whoever started it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { activationMs } from './helpers';
import { pendingReasons } from './pending';

const root = path.resolve(__dirname, '..', '..', '..');
export const logFile = path.join(root, 'test-results', 'e2e', 'extension-host.log');

export async function run(): Promise<void> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, `extension host: VS Code ${require('vscode').version}\n`);
  const log = (line: string) => {
    console.log(line);
    fs.appendFileSync(logFile, `${line}\n`);
  };

  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: class extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      let passed = 0, failed = 0, pending = 0;
      runner.on('pass', (t) => { passed++; log(`  ok      ${t.fullTitle()} (${t.duration} ms)`); });
      runner.on('fail', (t, err: Error) => { failed++; log(`  FAILED  ${t.fullTitle()}\n          ${String(err.stack ?? err).split('\n').slice(0, 6).join('\n          ')}`); });
      runner.on('pending', (t) => { pending++; log(`  PENDING ${t.fullTitle()}: ${pendingReasons.get(t.fullTitle()) ?? 'no reason given'}`); });
      runner.on('end', () => {
        log(`podlint activation (extension loaded, language server started and initialized): ${activationMs ?? '?'} ms`);
        log(`extension host: ${passed} passed, ${failed} failed, ${pending} pending`);
      });
    }
  } });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed (see ${logFile})`);
}
