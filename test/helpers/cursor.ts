import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Position, TextEdit } from 'vscode-languageserver-types';

/** A text with one `|` (or `mark`) marking the cursor: the text without it, and the cursor's position. */
export function cursor(marked: string, mark = '|'): { text: string; position: Position } {
  const at = marked.indexOf(mark);
  if (at === -1 || marked.indexOf(mark, at + 1) !== -1) throw new Error(`mark exactly one cursor with ${mark}`);
  const before = marked.slice(0, at).split(/\r\n|\r|\n/);
  return { text: marked.slice(0, at) + marked.slice(at + mark.length), position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** A snippet as the editor would first insert it: tab stops empty, choices at their first option. */
export function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([\\$}])/g, '$1');
}

/** The text after accepting a completion item (its text edit, snippet expanded). */
export function accept(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const newText = item.insertTextFormat === 2 ? expandSnippet(edit.newText) : edit.newText;
  return TextDocument.applyEdits(TextDocument.create('file:///c.yaml', 'yaml', 1, text), [{ range: edit.range, newText }]);
}
