/**
 * Where the cursor is, for snippets: on an empty document, or where a new item of a pod's
 * `containers` / `initContainers` list goes.
 *
 * Decided from the lines around the cursor rather than the YAML tree: while the user types a
 * prefix the line is usually not valid YAML yet (`    sid` after a list item is a syntax error),
 * so the tree at the cursor is the least reliable thing there is.
 */
import { POD_SPEC_PATHS } from '../model/workloadKinds';

export type CursorContext =
  | { readonly kind: 'document' }
  | {
      readonly kind: 'list';
      readonly list: 'containers' | 'initContainers';
      /** Column of the new item's `-`. */
      readonly itemIndent: number;
      /** The line already has the item's `- ` before the typed word: insert the item's content only. */
      readonly hasDash: boolean;
      /** Column where the replaced text starts (0, or the typed word after an existing `- `). */
      readonly replaceFrom: number;
    };

interface Line {
  readonly indent: number;
  /** The line starts a sequence item (`- ...`). */
  readonly dash: boolean;
  /** The mapping key on the line (after any `- `), if there is one. */
  readonly key?: string;
  /** The key has a value on the same line. */
  readonly inlineValue: boolean;
}

const KEY = /^(?:-[ \t]+)?("[^"]*"|'[^']*'|[^\s#'"{[][^#]*?)[ \t]*:(?:[ \t]+(.*))?$/;
const TYPED = /^([ \t]*)(-[ \t]+)?([A-Za-z][\w-]*)?$/;

function readLine(raw: string): Line | undefined {
  const content = raw.replace(/\r$/, '');
  const trimmed = content.trimStart();
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  const dash = trimmed === '-' || /^-[ \t]/.test(trimmed);
  const m = KEY.exec(trimmed);
  const value = m?.[2]?.trim();
  return {
    indent: content.length - trimmed.length,
    dash,
    key: m ? m[1].replace(/^["']|["']$/g, '') : undefined,
    inlineValue: !!value && !value.startsWith('#'),
  };
}

const isDocumentMarker = (raw: string): boolean => /^(---|\.\.\.)([ \t]|$)/.test(raw);

/** Only comments and markers besides the cursor's line: the document is still to be written. */
function isEmptyDocument(lines: readonly string[], cursorLine: number): boolean {
  return lines.every((raw, i) => i === cursorLine || isDocumentMarker(raw) || !readLine(raw));
}

/** The keys from the document root down to the line `from` (exclusive), or undefined inside a sequence. */
function ancestorKeys(lines: readonly string[], from: number, indent: number): string[] | undefined {
  const keys: string[] = [];
  let limit = indent;
  for (let i = from - 1; i >= 0 && limit > 0; i--) {
    const line = readLine(lines[i]);
    if (!line || line.indent >= limit) continue;
    if (line.dash || line.key === undefined || line.inlineValue) return undefined;
    keys.unshift(line.key);
    limit = line.indent;
  }
  return keys;
}

function kindOf(lines: readonly string[]): string | undefined {
  for (const raw of lines) {
    const m = /^kind:[ \t]*["']?([A-Za-z]+)["']?[ \t]*(#.*)?$/.exec(raw.replace(/\r$/, ''));
    if (m) return m[1];
  }
  return undefined;
}

/** The list key line is a pod spec's `containers`/`initContainers` of this document's kind. */
function isPodSpecList(lines: readonly string[], keyLine: number, keyIndent: number): boolean {
  const path = ancestorKeys(lines, keyLine, keyIndent);
  if (!path) return false;
  const kind = kindOf(lines);
  const expected = kind ? [POD_SPEC_PATHS[kind]].filter(Boolean) : Object.values(POD_SPEC_PATHS);
  return expected.some((p) => p.length === path.length && p.every((k, i) => k === path[i]));
}

/**
 * The context at `character` of `lines[line]` (lines of one YAML document), if snippets apply:
 * the text before the cursor must be indentation, an optional `- `, and a word being typed.
 */
export function cursorContext(lines: readonly string[], line: number, character: number): CursorContext | undefined {
  const typed = TYPED.exec(lines[line].slice(0, character));
  if (!typed) return undefined;
  const [, lead, dash] = typed;
  if (!lead && !dash && isEmptyDocument(lines, line)) return { kind: 'document' };
  const column = lead.length;
  let sibling: number | undefined;
  for (let i = line - 1; i >= 0; i--) {
    if (isDocumentMarker(lines[i])) return undefined;
    const above = readLine(lines[i]);
    if (!above || above.indent > column) continue;
    if (above.dash) {
      // An item at the cursor's column is a sibling: keep looking for the key that holds the list.
      if (above.indent === column) {
        sibling = column;
        continue;
      }
      return undefined; // inside an item's mapping, not at the list's level
    }
    if (above.key === undefined || above.inlineValue) return undefined;
    const list = above.key;
    if (list !== 'containers' && list !== 'initContainers') return undefined;
    // A key at the cursor's column holds the list only when its items are not indented (or the list is still empty).
    if (above.indent === column && sibling === undefined && !onlyBlankBetween(lines, i, line)) return undefined;
    if (!isPodSpecList(lines, i, above.indent)) return undefined;
    const itemIndent = sibling ?? itemBelow(lines, line, above.indent) ?? (dash || column > above.indent ? column : above.indent + 2);
    return { kind: 'list', list, itemIndent, hasDash: !!dash, replaceFrom: dash ? column + dash.length : 0 };
  }
  return undefined;
}

/** The column of the list's first item when the cursor is above it (a new first container). */
function itemBelow(lines: readonly string[], from: number, keyIndent: number): number | undefined {
  for (let i = from + 1; i < lines.length; i++) {
    if (isDocumentMarker(lines[i])) return undefined;
    const below = readLine(lines[i]);
    if (below) return below.dash && below.indent >= keyIndent ? below.indent : undefined;
  }
  return undefined;
}

function onlyBlankBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (readLine(lines[i])) return false;
  return true;
}
