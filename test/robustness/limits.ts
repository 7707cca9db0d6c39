import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { service } from '../helpers/service';

/** Line lengths of a text, as LSP counts them (UTF-16 units; `\r\n`, `\n` and `\r` end a line). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Every range lies inside the text: a client given a range past the end may throw or misplace it. */
export function assertRangesInside(text: string, diagnostics: readonly { range: Diagnostic['range'] }[], what = 'diagnostic'): void {
  const lengths = lineLengths(text);
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0, `${what} position ${JSON.stringify(p)}`);
      assert.ok(p.line < lengths.length, `${what} line ${p.line} past the last line ${lengths.length - 1}: ${JSON.stringify(d)}`);
      assert.ok(p.character <= lengths[p.line], `${what} character ${p.character} past the end (${lengths[p.line]}) of line ${p.line}: ${JSON.stringify(d)}`);
    }
    const { start, end } = d.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what} range ends before it starts: ${JSON.stringify(d)}`);
  }
}

/**
 * Runs every service feature (validation, code actions, fix-all, completions) on a text and returns the diagnostics and the CPU time of validation.
 * CPU time, not wall time: the machine running the tests may be shared, and a hang shows in either.
 */
export function exercise(text: string): { diagnostics: Diagnostic[]; cpuMs: number } {
  const before = process.cpuUsage();
  const file = service.parse(text);
  const diagnostics = service.validate(file);
  const used = process.cpuUsage(before);
  assertRangesInside(text, diagnostics);
  const uri = 'file:///fuzz.yaml';
  const lines = lineLengths(text);
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1] } };
  const actions = service.codeActions(file, { uri, range: whole, diagnostics }, {});
  for (const a of actions) assertRangesInside(text, a.edit?.changes?.[uri] ?? [], `edit of "${a.title}"`);
  assertRangesInside(text, service.fixAllEdits(file), 'fix-all edit');
  // Completions at a few positions: the start, the end, and the middle of the middle line.
  const middle = lines.length >> 1;
  const positions = [{ line: 0, character: 0 }, whole.end, { line: middle, character: lines[middle] >> 1 }];
  for (const position of positions) {
    for (const item of service.complete(file, position)) {
      assert.equal(typeof item.label, 'string');
      const edit = item.textEdit;
      if (edit && 'range' in edit) assertRangesInside(text, [edit], `completion "${item.label}"`);
      assertRangesInside(text, item.additionalTextEdits ?? [], `completion "${item.label}"`);
    }
  }
  return { diagnostics, cpuMs: (used.user + used.system) / 1000 };
}
