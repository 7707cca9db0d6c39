import { isMap, isScalar, isSeq, Node } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Path } from '../model/path';

/**
 * Edits that add lines to block collections, in the indentation the document already uses.
 * They insert at the end of a line (after any comment on it), so existing text, comments and
 * layout stay untouched. Flow collections (`{...}`, `[...]`) get no edit: rewriting them is not
 * a minimal change.
 */

/** The offset of the end of the line holding the last character of `node` (before its `\r\n` or `\n`). */
function endOfNodeLine(doc: ParsedDocument, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(doc.text[end - 1])) end--;
  const newline = doc.text.indexOf('\n', end);
  if (newline === -1) return doc.text.length;
  return doc.text[newline - 1] === '\r' ? newline - 1 : newline;
}

function columnOf(doc: ParsedDocument, offset: number): number {
  return offset - (doc.text.lastIndexOf('\n', offset - 1) + 1);
}

function insertAt(doc: ParsedDocument, offset: number, text: string): TextEdit {
  return { range: doc.range(offset, offset), newText: text };
}

/** Appends `- <lines>` to the block sequence at `path`. */
export function appendToSequence(doc: ParsedDocument, path: Path, itemLines: readonly string[]): TextEdit | undefined {
  const seq = doc.nodeAt(path)?.value;
  if (!isSeq(seq) || seq.flow || !seq.range || seq.items.length === 0) return undefined;
  const last = seq.items[seq.items.length - 1] as Node;
  if (!last?.range) return undefined;
  // The dash sits left of the item's first character, at the column of the sequence itself.
  const dash = columnOf(doc, seq.range[0]);
  const pad = ' '.repeat(dash);
  const eol = doc.lineEnd;
  const body = itemLines.map((l, i) => (i === 0 ? `${pad}- ${l}` : `${pad}  ${l}`)).join(eol);
  return insertAt(doc, endOfNodeLine(doc, last), `${eol}${body}`);
}

/** Adds `key:` with `valueLines` (indented below it, or inline when one line) to the block mapping at `path`. */
export function addMapEntry(doc: ParsedDocument, path: Path, key: string, valueLines: readonly string[], inline = false): TextEdit | undefined {
  const map = doc.nodeAt(path)?.value;
  if (!isMap(map) || map.flow || map.items.length === 0) return undefined;
  const firstKey = map.items[0].key as Node;
  if (!isScalar(firstKey) || !firstKey.range) return undefined;
  const pad = ' '.repeat(columnOf(doc, firstKey.range[0]));
  const lastPair = map.items[map.items.length - 1];
  const lastNode = (lastPair.value ?? lastPair.key) as Node | null;
  if (!lastNode?.range) return undefined;
  const eol = doc.lineEnd;
  const text = inline
    ? `${eol}${pad}${key}: ${valueLines.join(' ')}`
    : `${eol}${pad}${key}:${eol}${valueLines.map((l) => `${pad}  ${l}`).join(eol)}`;
  return insertAt(doc, endOfNodeLine(doc, lastNode), text);
}

/** Adds `key: value` to the block mapping at `path`, right after its `after` entry (its first line). */
export function addScalarEntryAfter(doc: ParsedDocument, path: Path, after: string, key: string, value: string): TextEdit | undefined {
  const map = doc.nodeAt(path)?.value;
  if (!isMap(map) || map.flow) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === after);
  const keyNode = pair?.key as Node | undefined;
  const valueNode = pair?.value as Node | undefined;
  if (!keyNode?.range || !isScalar(valueNode) || !valueNode.range) return undefined;
  const pad = ' '.repeat(columnOf(doc, keyNode.range[0]));
  return insertAt(doc, endOfNodeLine(doc, valueNode), `${doc.lineEnd}${pad}${key}: ${value}`);
}
