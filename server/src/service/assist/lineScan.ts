import type { Path } from '../model/path';

/**
 * One line of block YAML read by its layout alone. Completions and hovers work from this rather
 * than from the parsed tree because, while the user types, the tree is often broken or says
 * something else than the indentation the user is building.
 */
export interface ScannedLine {
  /** Columns of the `- ` sequence markers that open the line (`- - a: 1` has two). */
  readonly dashes: readonly number[];
  /** Column of the first character after the indentation and the markers; -1 for a blank or comment line. */
  readonly contentCol: number;
  /** The mapping key this line starts, unquoted. */
  readonly key?: string;
  /** End column of the key as written (quotes included). */
  readonly keyEnd?: number;
  /** The value written after `key:`, without a trailing comment; '' when the value is on later lines. */
  readonly value?: string;
  /** Column where the value starts (after `: `). */
  readonly valueCol?: number;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],&*!|>%@`:-][^#]*?|-[^\s#]*?)[ \t]*:(?=\s|$)/;

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key;
}

const QUOTED = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/;

/** The value without a trailing ` # comment`; a `#` inside quotes is text. */
function stripComment(value: string): string {
  const quoted = QUOTED.exec(value)?.[0] ?? '';
  const rest = value.slice(quoted.length);
  const hash = rest.search(/(^|\s)#/);
  return (quoted + (hash === -1 ? rest : rest.slice(0, hash))).trimEnd();
}

export function scanLine(raw: string): ScannedLine {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  let pos = 0;
  while (line[pos] === ' ') pos++;
  const dashes: number[] = [];
  while (line[pos] === '-' && (pos + 1 === line.length || line[pos + 1] === ' ' || line[pos + 1] === '\t')) {
    dashes.push(pos);
    pos++;
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
  }
  const rest = line.slice(pos);
  if (rest === '' || rest.startsWith('#')) return { dashes, contentCol: dashes.length ? pos : -1 };
  const m = KEY.exec(rest);
  if (!m) return { dashes, contentCol: pos };
  const keyEnd = pos + m[1].length;
  let valueCol = pos + m[0].length;
  while (line[valueCol] === ' ' || line[valueCol] === '\t') valueCol++;
  return { dashes, contentCol: pos, key: unquote(m[1]), keyEnd, value: stripComment(line.slice(valueCol)), valueCol };
}

/** A value that leaves the entry's content to the following, more indented lines. */
function opensBlock(value: string | undefined): boolean {
  // Anchors and tags may precede the nested collection: `spec: &base`, `data: !!map`.
  return value !== undefined && /^((&|!)\S*\s*)*$/.test(value);
}

export interface Placement {
  /** Path of the collection the cursor's column belongs to; sequence indexes counted from the text. */
  readonly path: Path;
  /** The cursor sits at a sequence's `- ` column: a new item of the sequence at `path`. */
  readonly newItem: boolean;
}

/**
 * Where a line's content at column `col` sits: walks up the lines from `lineIndex`, following
 * indentation, and returns the path of the mapping (or, at a `- ` column, the sequence) that holds
 * it. `dashes` are the markers that open the line itself. Undefined inside block scalars, flow
 * collections and layouts that no tree could give. A line that already holds a key
 * (`mayStartItem` false) never starts an item at a `- ` column: it follows a sibling's list.
 */
export function placeAt(lines: readonly string[], lineIndex: number, col: number, dashes: readonly number[], mayStartItem = true): Placement | undefined {
  const segs: (string | number)[] = [];
  let mode: 'map' | 'seq' = 'map';
  let at = col;
  let index = -1; // position in segs of the index of the item being walked through
  let newItem = false;
  let sawSibling = false;
  const enterItems = (lineDashes: readonly number[]): void => {
    for (let d = lineDashes.length - 1; d >= 0; d--) {
      segs.push(0);
      index = segs.length - 1;
    }
    at = lineDashes[0];
    mode = 'seq';
  };
  if (dashes.length) enterItems(dashes);
  for (let i = lineIndex - 1; i >= 0; i--) {
    const s = scanLine(lines[i]);
    if (s.contentCol === -1) continue;
    const first = s.dashes.length ? s.dashes[0] : s.contentCol;
    if (mode === 'map') {
      if (first === at && s.dashes.length) {
        // A sibling's sequence written level with its key, unless the line is still being typed.
        if (segs.length || sawSibling || !mayStartItem) continue;
        // The cursor is at the column of a sequence's markers: it starts another item.
        mode = 'seq';
        newItem = true;
        index = -1;
        continue;
      }
      if (s.contentCol > at || first > at) continue;
      if (s.contentCol === at) {
        sawSibling = true;
        if (s.dashes.length) enterItems(s.dashes);
        continue;
      }
    } else {
      if (s.dashes.length && first === at) {
        if (index >= 0 && segs.length - 1 === index) segs[index] = (segs[index] as number) + 1;
        continue;
      }
      if (first > at) continue;
      index = -1;
    }
    // A line left of the column: the entry whose value holds everything below it.
    if (s.key === undefined || !opensBlock(s.value)) return undefined;
    segs.push(s.key);
    index = -1;
    at = s.contentCol;
    mode = 'map';
    if (s.dashes.length) enterItems(s.dashes);
  }
  if (mode === 'seq') return undefined; // a document that is a list: no Kubernetes object
  return { path: segs.reverse(), newItem };
}

/** Keys written in the mapping that holds line `lineIndex` at column `col`, above and below it. */
export function siblingKeys(lines: readonly string[], lineIndex: number, col: number, startsItem: boolean): Set<string> {
  const keys = new Set<string>();
  for (let i = lineIndex + 1; i < lines.length; i++) {
    const s = scanLine(lines[i]);
    if (s.contentCol === -1) continue;
    const first = s.dashes.length ? s.dashes[0] : s.contentCol;
    if (first < col || s.contentCol < col) break;
    if (s.contentCol === col && s.key !== undefined) keys.add(s.key);
  }
  if (startsItem) return keys;
  for (let i = lineIndex - 1; i >= 0; i--) {
    const s = scanLine(lines[i]);
    if (s.contentCol === -1) continue;
    const first = s.dashes.length ? s.dashes[0] : s.contentCol;
    if (s.contentCol < col) break;
    if (s.contentCol === col && s.key !== undefined) keys.add(s.key);
    if (first < col) break; // the `- ` line that opens this item
  }
  return keys;
}

const styles = new WeakMap<readonly string[], { unit: number; indentSequences: boolean }>();

/** The indentation conventions of a text: the step of nested mappings and whether `- ` items are indented under their key. */
export function indentStyle(lines: readonly string[]): { unit: number; indentSequences: boolean } {
  let style = styles.get(lines);
  if (!style) styles.set(lines, (style = detectIndentStyle(lines)));
  return style;
}

function detectIndentStyle(lines: readonly string[]): { unit: number; indentSequences: boolean } {
  let unit = 0;
  let indentSequences: boolean | undefined;
  for (let i = 0; i + 1 < lines.length && (unit === 0 || indentSequences === undefined); i++) {
    const s = scanLine(lines[i]);
    if (s.key === undefined || !opensBlock(s.value)) continue;
    let j = i + 1;
    while (j < lines.length && scanLine(lines[j]).contentCol === -1) j++;
    if (j >= lines.length) break;
    const next = scanLine(lines[j]);
    if (next.dashes.length) indentSequences ??= next.dashes[0] > s.contentCol;
    else if (unit === 0 && next.contentCol > s.contentCol) unit = next.contentCol - s.contentCol;
  }
  return { unit: unit || 2, indentSequences: indentSequences ?? true };
}
