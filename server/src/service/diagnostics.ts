import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { DocumentSlot, ParsedFile } from './model/parsedFile';
import { formatPath } from './model/path';
import type { KubernetesSchema } from './schema/schemaStore';
import { checkDocument, checkFile } from './rules/engine';
import { RULE_META, RULES } from './rules/registry';
import type { Finding, Severity } from './rules/types';
import type { Settings } from './settings';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a podlint diagnostic carries in `data` (LSP clients hand it back with code action requests). */
export interface DiagnosticData {
  /** The object path, e.g. `spec.containers[1].ports[0]`. */
  readonly path: string;
  readonly fixable: boolean;
}

/** A finding placed in the file, with the severity the settings give it. */
export interface PlacedFinding {
  readonly finding: Finding;
  readonly slot: DocumentSlot;
  readonly severity: Severity;
  readonly diagnostic: Diagnostic;
}

export function shiftRange(range: Range, lines: number): Range {
  return {
    start: { line: range.start.line + lines, character: range.start.character },
    end: { line: range.end.line + lines, character: range.end.character },
  };
}

const docsHrefs = new Map<string, string>();

/** Rule documentation, shipped with the package (docs/rules.md), so links work offline. */
export function ruleDocsUrl(ruleId: string, docsFile: string): string {
  // Every diagnostic of every keystroke links here: convert the path once.
  let href = docsHrefs.get(docsFile);
  if (href === undefined) docsHrefs.set(docsFile, (href = pathToFileURL(docsFile).href));
  return `${href}#${ruleId}`;
}

/** Findings are memoised per document, so their formatted paths can be too. */
const formattedPaths = new WeakMap<Finding, string>();
function pathOf(finding: Finding): string {
  let formatted = formattedPaths.get(finding);
  if (formatted === undefined) formattedPaths.set(finding, (formatted = formatPath(finding.path)));
  return formatted;
}

export function defaultDocsFile(schemasDir: string): string {
  return path.join(path.dirname(schemasDir), 'docs', 'rules.md');
}

/** Every finding of a file, placed and filtered by the settings. Findings are memoised per document. */
export function placeFindings(
  file: ParsedFile,
  schema: KubernetesSchema,
  settings: Settings,
  docsFile: string,
  kubernetesVersions: readonly string[],
): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  // File findings are in file coordinates: the first document starts at line 0, so they go with it.
  const fileFindings = checkFile(file, schema.version, kubernetesVersions, RULES);
  for (const [i, slot] of file.documents.entries()) {
    const findings = checkDocument(slot.document, schema, RULES);
    for (const finding of i === 0 && fileFindings.length ? [...fileFindings, ...findings] : findings) {
      const meta = RULE_META.get(finding.rule);
      const level = settings.rules?.[finding.rule] ?? meta?.severity ?? 'error';
      if (level === 'off') continue;
      const data: DiagnosticData = { path: pathOf(finding), fixable: finding.fixes.length > 0 };
      placed.push({
        finding,
        slot,
        severity: level,
        diagnostic: {
          range: shiftRange(finding.range, slot.chunk.line),
          severity: SEVERITY[level],
          code: finding.rule,
          codeDescription: { href: ruleDocsUrl(finding.rule, docsFile) },
          source: 'podlint',
          message: finding.message,
          data,
        },
      });
    }
  }
  return placed.sort(
    (a, b) =>
      a.diagnostic.range.start.line - b.diagnostic.range.start.line ||
      a.diagnostic.range.start.character - b.diagnostic.range.start.character,
  );
}
