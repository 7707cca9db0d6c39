import { isScalar, Scalar } from 'yaml';
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

/** Replaces the scalar value at `path` with `newValue`, keeping its quoting style. */
export function replaceScalar(doc: ParsedDocument, path: Path, newValue: string): TextEdit | undefined {
  const value = doc.nodeAt(path)?.value;
  if (!isScalar(value) || !value.range) return undefined;
  return { range: doc.range(value.range[0], value.range[1]), newText: scalarText(newValue, value.type) };
}

/** Replaces the source text of the scalar value at `path` verbatim (e.g. to add or drop quotes). */
export function replaceScalarSource(doc: ParsedDocument, path: Path, newSource: string): TextEdit | undefined {
  const value = doc.nodeAt(path)?.value;
  if (!isScalar(value) || !value.range) return undefined;
  return { range: doc.range(value.range[0], value.range[1]), newText: newSource };
}

/** The text of the scalar value at `path` exactly as written, and its style. */
export function scalarSource(doc: ParsedDocument, path: Path): { source: string; style: Scalar['type'] } | undefined {
  const value = doc.nodeAt(path)?.value;
  if (!isScalar(value) || !value.range) return undefined;
  return { source: doc.text.slice(value.range[0], value.range[1]), style: value.type };
}
