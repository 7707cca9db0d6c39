import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta } from '../../service';
import type { FileResult } from '../lint';
import type { Summary } from '../summary';

/** Everything a format needs to render one run. */
export interface Report {
  /** Already filtered by --quiet. */
  readonly results: readonly FileResult[];
  readonly rules: ReadonlyMap<string, RuleMeta>;
  readonly cwd: string;
  readonly version: string;
  /** Present with --summary. */
  readonly summary?: Summary;
  readonly color: boolean;
  /** False when a file could not be read or written (exit code 2). */
  readonly complete: boolean;
}

/** What a format prints: the machine-readable part on stdout, notes for people on stderr. */
export interface Output {
  readonly stdout: string;
  readonly stderr: string;
}

export type Formatter = (report: Report) => Output;

/** A file's path relative to the working directory with `/` separators (what CI systems expect), or undefined outside it. */
export function relativePath(result: FileResult, cwd: string): string | undefined {
  if (result.absolutePath === undefined) return undefined;
  const rel = path.relative(cwd, result.absolutePath);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** A URI reference for a result: relative to the working directory when inside it, else a file: URL. */
export function fileUri(result: FileResult, cwd: string): string {
  const rel = relativePath(result, cwd);
  if (rel !== undefined) return rel.split('/').map(encodeURIComponent).join('/');
  if (result.absolutePath !== undefined) return pathToFileURL(result.absolutePath).href;
  return encodeURIComponent(result.file);
}
