import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { PlacedFinding, shiftRange } from '../diagnostics';
import type { Fix } from '../rules/types';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.podlint`;

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function placeEdits(fix: Fix, lines: number): TextEdit[] {
  return fix.edits.map((e) => ({ range: shiftRange(e.range, lines), newText: e.newText }));
}

/**
 * Quick fixes for the diagnostics the editor sends back. They are matched against the findings of
 * the current version of the document (rule, range and message), so a fix computed for an older
 * text is never applied to a newer one.
 */
export function quickFixes(uri: string, placed: readonly PlacedFinding[], diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'podlint') continue;
    const match = placed.find(
      (p) => p.finding.rule === diagnostic.code && p.diagnostic.message === diagnostic.message && sameRange(p.diagnostic.range, diagnostic.range),
    );
    if (!match) continue;
    for (const fix of match.finding.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred === true,
        edit: { changes: { [uri]: placeEdits(fix, match.slot.chunk.line) } },
      });
    }
  }
  return actions;
}

function compare(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function before(a: Range, b: Range): boolean {
  return a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character <= b.start.character);
}

/**
 * Every safe fix of a file, as one set of non-overlapping edits: a fix whose edits would overlap
 * an earlier one is left for the next pass (the CLI runs passes until nothing changes).
 */
export function safeFixEdits(placed: readonly PlacedFinding[]): TextEdit[] {
  const fixes = placed
    .flatMap((p) => p.finding.fixes.filter((f) => f.safe).slice(0, 1).map((f) => placeEdits(f, p.slot.chunk.line)))
    .filter((edits) => edits.length > 0)
    .sort((a, b) => compare(a[0].range, b[0].range));
  const accepted: TextEdit[] = [];
  for (const edits of fixes) {
    const overlaps = edits.some((e) => accepted.some((a) => !(before(a.range, e.range) || before(e.range, a.range))));
    if (!overlaps) accepted.push(...edits);
  }
  return accepted.sort((a, b) => compare(a.range, b.range));
}
