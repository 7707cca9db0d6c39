import fs from 'node:fs';
import path from 'node:path';
import ignore, { Ignore } from 'ignore';

export const IGNORE_FILE = '.podlintignore';
export const STDIN = '-';

export class InputError extends Error {}

/** A set of .gitignore-style patterns and the directory they are relative to. */
interface PatternSet {
  readonly base: string;
  readonly matcher: Ignore;
}

/**
 * Decides which paths to skip: the nearest `.podlintignore` at or above the working directory
 * (patterns relative to its own directory, as git reads a .gitignore) and `--ignore-pattern`s
 * (relative to the working directory, like eslint's).
 */
export class IgnoreRules {
  private readonly sets: PatternSet[] = [];
  /** The .podlintignore that was read, if any. */
  readonly file: string | undefined;

  constructor(cwd: string, patterns: readonly string[]) {
    this.file = findUp(cwd, IGNORE_FILE);
    if (this.file) {
      let text: string;
      try {
        text = fs.readFileSync(this.file, 'utf8');
      } catch (e) {
        throw new InputError(`cannot read ${this.file}: ${(e as Error).message}`);
      }
      this.sets.push({ base: path.dirname(this.file), matcher: ignore().add(text) });
    }
    if (patterns.length) this.sets.push({ base: cwd, matcher: ignore().add([...patterns]) });
  }

  ignores(absolute: string, isDirectory: boolean): boolean {
    return this.sets.some(({ base, matcher }) => {
      const rel = path.relative(base, absolute);
      // Paths outside a pattern set's directory are none of its business (and `ignore` rejects them).
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
      const posix = rel.split(path.sep).join('/');
      return matcher.ignores(isDirectory ? `${posix}/` : posix);
    });
  }
}

function findUp(dir: string, name: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, name);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

const MANIFEST = /\.ya?ml$/i;
// Vendored code and VCS internals are never the project's manifests; hidden entries (.github, .vscode)
// hold tool configuration. Name such a file explicitly to check it anyway.
const skipEntry = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

/**
 * Expands the inputs into the files to check, in a stable order, each once. Directories are walked
 * for *.yaml/*.yml; ignore rules apply to walked and named files alike, so a pre-commit hook that
 * passes file names gets the same answer as a run over the directory.
 */
export function collectFiles(inputs: readonly string[], cwd: string, rules: IgnoreRules): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = path.resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(file);
    }
  };
  const walked = new Set<string>();
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      // A symbolic link back up the tree must not send the walk round in circles.
      const real = fs.realpathSync(path.resolve(cwd, dir));
      if (walked.has(real)) return;
      walked.add(real);
      entries = fs.readdirSync(real, { withFileTypes: true });
    } catch (e) {
      throw new InputError(`cannot read ${dir}: ${(e as Error).message}`);
    }
    // Code-point order, not the locale's: the output must not depend on the machine.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (skipEntry(entry.name)) continue;
      const full = path.join(dir, entry.name);
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statOrUndefined(path.resolve(cwd, full))?.isDirectory() === true);
      if (rules.ignores(path.resolve(cwd, full), isDirectory)) continue;
      if (isDirectory) walk(full);
      else if (MANIFEST.test(entry.name)) add(full);
    }
  };
  for (const input of inputs) {
    if (input === STDIN) {
      add(STDIN);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.resolve(cwd, input));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(`cannot read ${input}: ${code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    }
    if (rules.ignores(path.resolve(cwd, input), stat.isDirectory())) continue;
    if (stat.isDirectory()) walk(input);
    else add(input);
  }
  return out;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
