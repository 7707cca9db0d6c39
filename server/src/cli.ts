#!/usr/bin/env node
/**
 * The command-line adapter: files in, the same diagnostics as the editor out, as text or JSON.
 * Exit code 0: no errors; 1: errors found; 2: usage or I/O error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadProjectConfig, mergeSettings, ProjectConfig } from './config/projectConfig';
import { getLanguageService, RULE_LEVELS, RuleLevel, Settings, unsupportedVersionMessage } from './service';
import { decodeFile, DecodedFile } from './textFile';
import type { Diagnostic } from 'vscode-languageserver-types';

const USAGE = `Usage: podlint [options] <file | directory | ->...

Checks Kubernetes manifests (Pods and the pod templates of Deployments, StatefulSets,
DaemonSets, ReplicaSets, ReplicationControllers, Jobs and CronJobs).

Options:
  --format text|json       output format (default: text)
  --fix                    apply the safe fixes in place (to stdout for -)
  --rule <id>=<severity>   override a rule: off, hint, information, warning, error
  --kubernetes-version <v> Kubernetes minor version to check against (e.g. 1.33; default: the newest)
  --list-rules             print the rules and exit
  -h, --help               show this help
  -v, --version            show the version

Directories are searched for *.yaml and *.yml files. Exit code: 0 no errors, 1 errors, 2 usage or I/O error.`;

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json';
  fix: boolean;
  settings: Settings & { rules: Record<string, RuleLevel> };
  inputs: string[];
  listRules: boolean;
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const opts: Options = { format: 'text', fix: false, settings: { rules: {} }, inputs: [], listRules: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f}" (use text or json)`);
        opts.format = f;
        break;
      }
      case '--fix':
        opts.fix = true;
        break;
      case '--rule': {
        const spec = value();
        const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(spec);
        if (!m || !(RULE_LEVELS as readonly string[]).includes(m[2])) {
          throw new UsageError(`--rule expects <id>=<${RULE_LEVELS.join('|')}>, got "${spec}"`);
        }
        opts.settings.rules[m[1]] = m[2] as RuleLevel;
        break;
      }
      case '--kubernetes-version':
        opts.settings = { ...opts.settings, kubernetesVersion: value() };
        break;
      case '--list-rules':
        opts.listRules = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        opts.inputs.push(arg);
    }
  }
  return opts;
}

function collectFiles(input: string, out: string[]): void {
  if (input === '-') {
    out.push('-');
    return;
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${input}: ${code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
  }
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(input, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(input, entry.name);
      if (entry.isDirectory()) collectFiles(full, out);
      else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
    }
  } else {
    out.push(input);
  }
}

/** Writes through a temporary file and a rename, so an interrupted run never leaves half a manifest. */
function writeAtomically(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.podlint-${process.pid}.tmp`);
  fs.writeFileSync(tmp, text, { mode: fs.statSync(file).mode });
  fs.renameSync(tmp, file);
}

function main(argv: string[]): number {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`podlint: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    const service = getLanguageService();
    process.stdout.write(`${USAGE}\n\nKubernetes versions: ${service.kubernetesVersions.join(', ')} (default: ${service.defaultKubernetesVersion}).\n`);
    return 0;
  }
  if (opts === 'version') {
    process.stdout.write(`${(require('../../package.json') as { version: string }).version}\n`);
    return 0;
  }
  const service = getLanguageService();
  if (opts.listRules) {
    for (const r of service.rules) process.stdout.write(`${r.id.padEnd(28)} ${r.severity.padEnd(12)} ${r.description}\n`);
    return 0;
  }
  if (!opts.inputs.length) {
    process.stderr.write(`podlint: no files given\n\n${USAGE}\n`);
    return 2;
  }
  for (const id of Object.keys(opts.settings.rules)) {
    if (!service.rules.some((r) => r.id === id)) {
      process.stderr.write(`podlint: unknown rule "${id}" (see podlint --list-rules)\n`);
      return 2;
    }
  }
  if (opts.settings.kubernetesVersion !== undefined && !service.kubernetesVersions.includes(opts.settings.kubernetesVersion)) {
    process.stderr.write(`podlint: --kubernetes-version: ${unsupportedVersionMessage(opts.settings.kubernetesVersion, service.kubernetesVersions)}\n`);
    return 2;
  }

  const files: string[] = [];
  try {
    for (const input of opts.inputs) collectFiles(input, files);
  } catch (e) {
    process.stderr.write(`podlint: ${(e as Error).message}\n`);
    return 2;
  }

  const knownRules = new Set(service.rules.map((r) => r.id));
  const configs = new Map<string, ProjectConfig | undefined>();
  const settingsFor = (file: string): Settings => {
    const dir = path.dirname(path.resolve(file === '-' ? 'stdin' : file));
    if (!configs.has(dir)) {
      const config = loadProjectConfig(path.join(dir, 'x'), knownRules, service.kubernetesVersions);
      if (config && ![...configs.values()].some((c) => c?.file === config.file)) {
        for (const p of config.problems) process.stderr.write(`podlint: ${p}\n`);
      }
      configs.set(dir, config);
    }
    // Command-line flags win over the project's .podlint.yaml.
    return mergeSettings(configs.get(dir)?.settings, opts.settings);
  };

  const results: { file: string; diagnostics: Diagnostic[] }[] = [];
  let ioError = false;
  for (const file of files) {
    const settings = settingsFor(file);
    let decoded: DecodedFile;
    try {
      decoded = decodeFile(file === '-' ? fs.readFileSync(0) : fs.readFileSync(file));
    } catch (e) {
      process.stderr.write(`podlint: cannot read ${file}: ${(e as Error).message}\n`);
      ioError = true;
      continue;
    }
    let text = decoded.text;
    // Text decoded from bytes that are not UTF-8 is lossy: fixing it would overwrite the user's bytes.
    if (opts.fix && !decoded.invalid) {
      const fixed = service.fixAll(text, settings).text;
      if (file === '-') process.stdout.write(fixed);
      else if (fixed !== text) writeAtomically(file, fixed);
      text = fixed;
    } else if (opts.fix && file === '-') {
      process.stdout.write(decoded.bytes);
    }
    const diagnostics = service.validate(service.parse(text), settings);
    if (decoded.invalid) diagnostics.unshift(decoded.invalid);
    results.push({ file: file === '-' ? '<stdin>' : file, diagnostics });
  }

  // With --fix on stdin the fixed text owns stdout; the remaining problems go to stderr.
  const out = opts.fix && files.includes('-') ? process.stderr : process.stdout;
  if (opts.format === 'json') {
    const json = {
      version: 1,
      results: results.map((r) => ({
        file: r.file,
        diagnostics: r.diagnostics.map((d) => ({
          rule: d.code,
          severity: SEVERITY_NAMES[d.severity ?? 1],
          message: d.message,
          range: d.range,
          path: (d.data as { path?: string } | undefined)?.path ?? '',
        })),
      })),
    };
    out.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    for (const r of results) {
      for (const d of r.diagnostics) {
        out.write(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.message} (${d.code})\n`);
      }
    }
  }
  if (ioError) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 1)) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
