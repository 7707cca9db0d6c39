import type { Position, Range } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../model/parsedDocument';
import type { DocumentSlot, ParsedFile } from '../model/parsedFile';
import type { Path } from '../model/path';
import { shiftRange } from '../diagnostics';
import { flowMapAt, flowValueAt, parsedOffset } from './flowContext';
import { Placement, placeAt, scanLine, ScannedLine, siblingKeys } from './lineScan';

/** What the cursor is in, read from the text of its YAML document. */
export interface BaseContext {
  readonly slot: DocumentSlot;
  /** The document's lines (without line ends). */
  readonly lines: readonly string[];
  /** The cursor's line, relative to the document. */
  readonly line: number;
  /** From the parsed object, or from the text when the document does not parse yet. */
  readonly apiVersion: string | undefined;
  readonly kind: string | undefined;
}

/** The cursor is where a mapping key goes (an empty line, a `- ` item, a key being typed or edited). */
export interface KeyContext extends BaseContext {
  readonly type: 'key';
  readonly placement: Placement;
  /** Column where the key starts. */
  readonly col: number;
  /** The text the chosen key replaces (the word typed so far, or the whole key being edited), in file coordinates. */
  readonly range: Range;
  /** The line already has `key:` after the cursor: insert the name only. */
  readonly hasColon: boolean;
  /** The line opens a `- ` item: the keys around it belong to other items. */
  readonly startsItem: boolean;
  /** Keys already written in the same mapping. */
  readonly present: ReadonlySet<string>;
}

/** The cursor is in the value of `field: ...`. */
export interface ValueContext extends BaseContext {
  readonly type: 'value';
  /** Path of the mapping that holds `field`. */
  readonly objectPath: Path;
  readonly field: string;
  /** The value written so far (the whole scalar, quotes included), in file coordinates. */
  readonly range: Range;
  /** The cursor is right after the colon: values need a leading space. */
  readonly needsSpace: boolean;
}

export type CursorContext = KeyContext | ValueContext;

const linesCache = new WeakMap<ParsedDocument, string[]>();

export function documentLines(doc: ParsedDocument): string[] {
  let lines = linesCache.get(doc);
  if (!lines) {
    // Lines as LSP and YAML count them: a lone CR ends a line too (old Mac files, pasted text).
    lines = doc.text.split(/\r\n|\r|\n/);
    linesCache.set(doc, lines);
  }
  return lines;
}

function rootScalar(text: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*["']?([^\\s"'#]+)`, 'm').exec(text);
  return m?.[1];
}

/** The document around a file position, with its kind, whether or not it parses. */
export function documentAt(file: ParsedFile, position: Position): BaseContext | undefined {
  const slot = file.documentAtLine(position.line);
  if (!slot) return undefined;
  const doc = slot.document;
  const lines = documentLines(doc);
  const line = position.line - slot.chunk.line;
  if (line < 0 || line >= lines.length) return undefined;
  return {
    slot,
    lines,
    line,
    apiVersion: doc.object?.apiVersion ?? rootScalar(doc.text, 'apiVersion'),
    kind: doc.object?.kind ?? rootScalar(doc.text, 'kind'),
  };
}

function fileRange(base: BaseContext, start: number, end: number): Range {
  const line = base.slot.chunk.line + base.line;
  return { start: { line, character: start }, end: { line, character: end } };
}

/** End of the value written after the key (without its comment), or the cursor if beyond it. */
function valueEnd(scanned: ScannedLine, cursor: number): number {
  return Math.max((scanned.valueCol ?? cursor) + (scanned.value ?? '').length, cursor);
}

/**
 * Inside a flow mapping of a parsed document the line's layout only shows the entry that holds
 * the whole `{...}` (or, on a line of its own, mistakes its entries for block ones): the tree
 * says where the cursor is. A value (`httpGet: {port: |}`) gets the same value completions as in
 * block style; where a key goes, `flowKeyCompletions` answers alone. Null outside flow mappings.
 */
function flowContext(base: BaseContext, position: Position): ValueContext | undefined | null {
  const doc = base.slot.document;
  const offset = parsedOffset(doc, base.line, position.character);
  const map = offset === undefined ? undefined : flowMapAt(doc.yaml.contents, offset, []);
  if (!map) return null;
  const found = flowValueAt(map, doc.text, offset!);
  if (!found) return undefined;
  return {
    ...base,
    type: 'value',
    objectPath: found.path,
    field: found.field,
    range: shiftRange(doc.range(found.start, found.end), base.slot.chunk.line),
    needsSpace: found.needsSpace,
  };
}

export function cursorContext(file: ParsedFile, position: Position): CursorContext | undefined {
  const base = documentAt(file, position);
  if (!base) return undefined;
  const inFlow = flowContext(base, position);
  if (inFlow !== null) return inFlow;
  const text = base.lines[base.line];
  const cursor = Math.min(position.character, text.length);
  const s = scanLine(text);
  if (s.key !== undefined && s.keyEnd !== undefined && cursor > s.keyEnd) {
    const colon = text.indexOf(':', s.keyEnd);
    if (cursor <= colon) return undefined;
    const valueStop = (s.valueCol ?? cursor) + (s.value ?? '').length;
    if (cursor > valueStop && text.slice(valueStop, cursor).includes('#')) return undefined; // in the comment
    const placement = placeAt(base.lines, base.line, s.contentCol, s.dashes, false);
    if (!placement) return undefined;
    const start = s.valueCol !== undefined && s.valueCol <= cursor ? s.valueCol : cursor;
    return {
      ...base,
      type: 'value',
      objectPath: placement.path,
      field: s.key,
      range: fileRange(base, start, valueEnd(s, cursor)),
      needsSpace: cursor === colon + 1 && cursor === text.length,
    };
  }
  const before = text.slice(0, cursor);
  const typed = /^( *)((?:-[ \t]+)*)([^\s:#'"{}[\],]*)$/.exec(before);
  if (!typed) return undefined;
  const col = typed[1].length + typed[2].length;
  if (s.contentCol > col && s.dashes.length === 0) return undefined; // the cursor is in the indentation of a written line
  const dashes = s.dashes.filter((d) => d < col);
  const placement = placeAt(base.lines, base.line, col, dashes, s.key === undefined);
  if (!placement) return undefined;
  let end = cursor;
  if (s.key !== undefined && s.keyEnd !== undefined) end = s.keyEnd;
  else while (end < text.length && /[^\s:#]/.test(text[end])) end++;
  return {
    ...base,
    type: 'key',
    placement,
    col,
    range: fileRange(base, col, end),
    hasColon: s.key !== undefined,
    startsItem: dashes.length > 0,
    present: siblingKeys(base.lines, base.line, col, dashes.length > 0),
  };
}
