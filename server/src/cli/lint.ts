import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { decodeFile, DecodedFile } from '../textFile';
import { loadProjectConfig, mergeSettings, ProjectConfig } from '../config/projectConfig';
import type { PodlintLanguageService, RuleLevel, Settings } from '../service';
import { HELM_SKIP_NOTE, isHelmTemplate } from './helm';
import { STDIN } from './walk';

/** The outcome for one input file. */
export interface FileResult {
  /** The name to show: the path as given, `--stdin-filename`, or `<stdin>`. */
  readonly file: string;
  /** Absolute path on disk, for formats that want locations relative to the working directory. */
  readonly absolutePath?: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Why the file was not checked (a Helm chart template); no diagnostics then. */
  readonly skipped?: string;
}

export interface LintRun {
  readonly results: FileResult[];
  /** Messages for stderr: unreadable files, problems in .podlint.yaml files. */
  readonly problems: string[];
  readonly ioError: boolean;
  /** With --fix on stdin: the fixed text, which then owns stdout. */
  readonly fixedStdin?: string | Buffer;
}

export interface LintRequest {
  readonly files: readonly string[];
  readonly cwd: string;
  readonly fix: boolean;
  readonly cliSettings: { kubernetesVersion?: string; rules: Record<string, RuleLevel> };
  readonly stdinFilename?: string;
  readonly readStdin: () => string | Buffer;
}

/** Writes through a temporary file and a rename, so an interrupted run never leaves half a manifest. */
function writeAtomically(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.podlint-${process.pid}.tmp`);
  fs.writeFileSync(tmp, text, { mode: fs.statSync(file).mode });
  fs.renameSync(tmp, file);
}

export function lintFiles(service: PodlintLanguageService, req: LintRequest): LintRun {
  const knownRules = new Set(service.rules.map((r) => r.id));
  const problems: string[] = [];
  const configs = new Map<string, ProjectConfig | undefined>();
  const reported = new Set<string>();
  const settingsFor = (absolute: string): Settings => {
    const dir = path.dirname(absolute);
    if (!configs.has(dir)) {
      const config = loadProjectConfig(absolute, knownRules, service.kubernetesVersions);
      if (config && !reported.has(config.file)) {
        reported.add(config.file);
        problems.push(...config.problems);
      }
      configs.set(dir, config);
    }
    // Command-line flags win over the project's .podlint.yaml.
    return mergeSettings(configs.get(dir)?.settings, req.cliSettings);
  };

  const results: FileResult[] = [];
  let ioError = false;
  let fixedStdin: string | Buffer | undefined;
  for (const file of req.files) {
    const isStdin = file === STDIN;
    // stdin borrows its name, and so its .podlint.yaml, from --stdin-filename.
    const absolutePath = isStdin ? (req.stdinFilename !== undefined ? path.resolve(req.cwd, req.stdinFilename) : undefined) : path.resolve(req.cwd, file);
    const shown = isStdin ? (req.stdinFilename ?? '<stdin>') : file;
    let decoded: DecodedFile;
    try {
      const input = isStdin ? req.readStdin() : fs.readFileSync(absolutePath!);
      decoded = decodeFile(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
    } catch (e) {
      problems.push(`cannot read ${shown}: ${(e as Error).message}`);
      ioError = true;
      continue;
    }
    let text = decoded.text;
    if (isHelmTemplate(text)) {
      if (isStdin && req.fix) fixedStdin = text;
      results.push({ file: shown, absolutePath, diagnostics: [], skipped: HELM_SKIP_NOTE });
      continue;
    }
    const settings = settingsFor(absolutePath ?? path.join(req.cwd, 'stdin'));
    // Text decoded from bytes that are not UTF-8 is lossy: fixing it would overwrite the user's bytes.
    if (req.fix && decoded.invalid) {
      if (isStdin) fixedStdin = decoded.bytes;
    } else if (req.fix) {
      const fixed = service.fixAll(text, settings).text;
      if (isStdin) fixedStdin = fixed;
      else if (fixed !== text) {
        try {
          writeAtomically(absolutePath!, fixed);
        } catch (e) {
          problems.push(`cannot write ${shown}: ${(e as Error).message}`);
          ioError = true;
          continue;
        }
      }
      text = fixed;
    }
    const diagnostics = service.validate(service.parse(text), settings);
    if (decoded.invalid) diagnostics.unshift(decoded.invalid);
    results.push({ file: shown, absolutePath, diagnostics });
  }
  return { results, problems, ioError, fixedStdin };
}
