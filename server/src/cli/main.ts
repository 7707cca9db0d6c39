import fs from 'node:fs';
import { getLanguageService, unsupportedVersionMessage } from '../service';
import { parseArgs, USAGE, UsageError, Format, Options } from './args';
import { useColor } from './color';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import type { Formatter } from './formats/report';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { lintFiles } from './lint';
import { summarize } from './summary';
import { collectFiles, IgnoreRules, InputError } from './walk';

/** Where a run reads and writes; tests and the bin entry pass the process's own. */
export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY: boolean;
  readonly readStdin: () => string | Buffer;
  readonly stdout: (s: string | Buffer) => void;
  readonly stderr: (s: string) => void;
}

export const EXIT = { clean: 0, problems: 1, usage: 2 } as const;

const FORMATTERS: Record<Format, Formatter> = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub };

function packageVersion(): string {
  return (require('../../../package.json') as { version: string }).version;
}

/** Runs podlint with the given arguments; returns the exit code. */
export function run(argv: readonly string[], io: CliIO): number {
  let opts: Options;
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      const service = getLanguageService();
      io.stdout(`${USAGE}\n\nKubernetes versions: ${service.kubernetesVersions.join(', ')} (default: ${service.defaultKubernetesVersion}).\n`);
      return EXIT.clean;
    }
    if (command.kind === 'version') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT.clean;
    }
    opts = command.options;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`podlint: ${e.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }

  const service = getLanguageService();
  if (opts.listRules) {
    for (const r of service.rules) io.stdout(`${r.id.padEnd(28)} ${r.severity.padEnd(12)} ${r.description}\n`);
    return EXIT.clean;
  }
  for (const id of Object.keys(opts.rules)) {
    if (!service.rules.some((r) => r.id === id)) {
      io.stderr(`podlint: unknown rule "${id}" (see podlint --list-rules)\n`);
      return EXIT.usage;
    }
  }
  if (opts.kubernetesVersion !== undefined && !service.kubernetesVersions.includes(opts.kubernetesVersion)) {
    io.stderr(`podlint: --kubernetes-version: ${unsupportedVersionMessage(opts.kubernetesVersion, service.kubernetesVersions)}\n`);
    return EXIT.usage;
  }

  let files: string[];
  try {
    files = collectFiles(opts.inputs, io.cwd, new IgnoreRules(io.cwd, opts.ignorePatterns));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr(`podlint: ${e.message}\n`);
    return EXIT.usage;
  }

  const lint = lintFiles(service, {
    files,
    cwd: io.cwd,
    fix: opts.fix,
    cliSettings: { kubernetesVersion: opts.kubernetesVersion, rules: opts.rules },
    stdinFilename: opts.stdinFilename,
    readStdin: io.readStdin,
  });
  for (const p of lint.problems) io.stderr(`podlint: ${p}\n`);

  const all = lint.results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 1).length;
  const warnings = all.filter((d) => d.severity === 2).length;
  // --quiet hides everything but errors; warnings still count against --max-warnings.
  const results = opts.quiet ? lint.results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 1) })) : lint.results;
  const output = FORMATTERS[opts.format]({
    results,
    rules: new Map(service.rules.map((r) => [r.id, r])),
    cwd: io.cwd,
    version: packageVersion(),
    summary: opts.summary ? summarize(results) : undefined,
    color: opts.format === 'text' && useColor(opts.color, io.env, io.stdoutIsTTY),
    complete: !lint.ioError,
  });
  // With --fix on stdin the fixed text owns stdout; the report goes to stderr.
  if (lint.fixedStdin !== undefined) {
    io.stdout(lint.fixedStdin);
    io.stderr(output.stdout);
  } else if (output.stdout) io.stdout(output.stdout);
  if (output.stderr) io.stderr(output.stderr);

  if (lint.ioError) return EXIT.usage;
  if (errors > 0) return EXIT.problems;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr(`podlint: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.clean;
}

/** The process's own IO. */
export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin: () => fs.readFileSync(0),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  };
}

