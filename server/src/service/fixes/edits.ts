import { isMap, isScalar, isSeq, Node, Scalar } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Path } from '../model/path';

/** Writes a scalar in the style the original used, quoting only when the text needs it. */
function scalarText(newValue: string, style: Scalar['type']): string {
  if (style === 'QUOTE_DOUBLE') return JSON.stringify(newValue);
  if (style === 'QUOTE_SINGLE') return `'${newValue.replace(/'/g, "''")}'`;
  return newValue;
}

/** Renames the key at `path`, keeping its quoting; the value, comments and layout stay as they are. */
export function renameKey(doc: ParsedDocument, path: Path, newKey: string): TextEdit | undefined {
  const key = doc.nodeAt(path)?.key;
  if (!isScalar(key) || !key.range) return undefined;
  return { range: doc.range(key.range[0], key.range[1]), newText: scalarText(newKey, key.type) };
}

/**
 * Replaces `start..end` with `newText` so that an aligned comment after it stays in its column:
 * a longer text takes the spaces it needs from the padding (one always stays), a shorter one
 * gives them back. Manifests often align their comments, as the sidecar examples do.
 */
function replaceKeepingComment(doc: ParsedDocument, start: number, end: number, newText: string): TextEdit {
  const padding = /^[ \t]*/.exec(doc.text.slice(end, end + 200))![0];
  const beforeComment = doc.text[end + padding.length] === '#' && !padding.includes('\t');
  const delta = newText.length - (end - start);
  if (beforeComment && delta > 0 && padding.length > delta) return { range: doc.range(start, end + delta), newText };
  if (beforeComment && delta < 0 && padding.length > 0) return { range: doc.range(start, end), newText: newText + ' '.repeat(-delta) };
  return { range: doc.range(start, end), newText };
}

/** Replaces the scalar value at `path` with `newValue`, keeping its quoting style. */
export function replaceScalar(doc: ParsedDocument, path: Path, newValue: string): TextEdit | undefined {
  const value = doc.nodeAt(path)?.value;
  if (!isScalar(value) || !value.range) return undefined;
  return replaceKeepingComment(doc, value.range[0], value.range[1], scalarText(newValue, value.type));
}

/** Replaces the source text of the scalar value at `path` verbatim (e.g. to add or drop quotes). */
export function replaceScalarSource(doc: ParsedDocument, path: Path, newSource: string): TextEdit | undefined {
  const value = doc.nodeAt(path)?.value;
  if (!isScalar(value) || !value.range) return undefined;
  return replaceKeepingComment(doc, value.range[0], value.range[1], newSource);
}

/** The text of the scalar value at `path` exactly as written, and its style. */
export function scalarSource(doc: ParsedDocument, path: Path): { source: string; style: Scalar['type'] } | undefined {
  const value = doc.nodeAt(path)?.value;
  if (!isScalar(value) || !value.range) return undefined;
  return { source: doc.text.slice(value.range[0], value.range[1]), style: value.type };
}

/** An insertion of `line` as a line of its own, after the line that holds `offset`. */
function insertLineAfter(doc: ParsedDocument, offset: number, line: string): TextEdit {
  const eol = doc.lineEnd;
  if (offset > 0 && doc.text[offset - 1] === '\n') return { range: doc.range(offset, offset), newText: `${line}${eol}` };
  const newline = doc.text.indexOf('\n', offset);
  if (newline === -1) return { range: doc.range(doc.text.length, doc.text.length), newText: `${eol}${line}` };
  return { range: doc.range(newline + 1, newline + 1), newText: `${line}${eol}` };
}

/**
 * Adds `key: placeholder` to the mapping at `path`, at the column of its keys: as its first line
 * (required fields usually come first), after the first entry when that shares its line with a
 * `- ` marker, or before the `}` of a flow mapping. Fixes for nested objects thus never insert at
 * the same place.
 */
export function insertField(doc: ParsedDocument, path: Path, key: string, placeholder: string): TextEdit | undefined {
  const map = doc.nodeAt(path)?.value;
  if (!isMap(map) || !map.range) return undefined;
  const entry = `${key}: ${placeholder}`;
  if (map.flow) {
    const close = map.range[1] - 1;
    if (doc.text[close] !== '}') return undefined;
    const at = doc.position(close);
    return { range: { start: at, end: at }, newText: map.items.length ? `, ${entry}` : entry };
  }
  const first = map.items[0];
  const firstKey = first?.key as Node | undefined;
  if (!firstKey?.range) return undefined;
  const col = doc.position(firstKey.range[0]).character;
  const line = `${' '.repeat(col)}${entry}`;
  const lineStart = firstKey.range[0] - col;
  if (doc.text.slice(lineStart, firstKey.range[0]).trim() === '') return { range: doc.range(lineStart, lineStart), newText: `${line}${doc.lineEnd}` };
  const value = first.value as Node | null;
  const sameLine = !value || isScalar(value) || ((isMap(value) || isSeq(value)) && value.flow);
  return insertLineAfter(doc, sameLine ? (value?.range?.[1] ?? firstKey.range[1]) : map.range[1], line);
}
