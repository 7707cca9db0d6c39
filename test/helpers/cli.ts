import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../server/src/cli/main';

export const ROOT = path.join(__dirname, '..', '..');
/** The bin the package ships (package.json "bin"), as `npx podlint` runs it. */
export const CLI = path.join(ROOT, (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: { podlint: string } }).bin.podlint);
/** The golden-file project: findings only from long-stable rules (unknown-field, unsupported-value, yaml-syntax). */
export const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'cli', 'project');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRun {
  readonly cwd?: string;
  readonly stdin?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly tty?: boolean;
}

// Color must come from the test, not from the environment the tests run in.
const baseEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return env;
};

/** Runs the CLI in this process (fast; everything but the bin entry and real pipes). */
export function podlint(args: string[], opts: CliRun = {}): CliResult {
  let stdout = '';
  let stderr = '';
  const code = run(args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...baseEnv(), ...opts.env },
    stdoutIsTTY: opts.tty ?? false,
    readStdin: () => {
      if (opts.stdin === undefined) throw new Error('no stdin in this test');
      return opts.stdin;
    },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
}

/** Runs the built bin entry as a child process, stdin piped. */
export function podlintProcess(args: string[], opts: CliRun = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd, input: opts.stdin, env: { ...baseEnv(), ...opts.env }, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** CLI tests pin formats and exit codes, not the growing set of best-practice rules: those are off. */
export const BEST_PRACTICE_OFF = fs.readFileSync(path.join(FIXTURE, '.podlint.yaml'), 'utf8');

export function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-cli-'));
  const offLines = BEST_PRACTICE_OFF.slice(BEST_PRACTICE_OFF.indexOf('rules:\n') + 'rules:\n'.length);
  const withOff = (given: string): string =>
    /^rules:[ \t]*$/m.test(given) ? given.replace(/^rules:[ \t]*\n/m, (m) => m + offLines) : `${given.replace(/\n?$/, '\n')}rules:\n${offLines}`;
  const all: Record<string, string> = { '.podlint.yaml': BEST_PRACTICE_OFF };
  for (const [name, text] of Object.entries(files)) all[name] = path.basename(name) === '.podlint.yaml' ? withOff(text) : text;
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
