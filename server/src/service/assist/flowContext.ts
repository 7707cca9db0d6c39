import { isMap, isSeq, isScalar, Node, YAMLMap } from 'yaml';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Path } from '../model/path';

/** A `{...}` mapping found in the parsed tree, with the object path of its value. */
export interface FlowMapAt {
  readonly map: YAMLMap;
  readonly path: Path;
}

const inside = (node: Node, offset: number): boolean => !!node.range && node.range[0] < offset && offset < node.range[1];

/** The innermost `{...}` mapping around `offset`, with its object path; block collections are walked through. */
export function flowMapAt(node: unknown, offset: number, path: Path): FlowMapAt | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if ((typeof key === 'string' || typeof key === 'number') && pair.value && inside(pair.value as Node, offset)) {
        const deeper = flowMapAt(pair.value, offset, [...path, String(key)]);
        if (deeper) return deeper;
      }
    }
    return node.flow && inside(node, offset) ? { map: node, path } : undefined;
  }
  if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      if (item && inside(item as Node, offset)) return flowMapAt(item, offset, [...path, i]);
    }
  }
  return undefined;
}

/**
 * The offset of a document-relative position, in a document that parses (the flow providers need
 * its tree anyway; only a broken document's LineCounter can be off).
 */
export function parsedOffset(doc: ParsedDocument, line: number, character: number): number | undefined {
  if (!doc.object || doc.fatal) return undefined;
  const lineStart = doc.lineCounter.lineStarts[line];
  return lineStart === undefined ? undefined : lineStart + character;
}

/** The value being written inside a flow mapping: its entry's key and where its scalar stands. */
export interface FlowValueAt extends FlowMapAt {
  readonly field: string;
  /** Offsets of the text a chosen value replaces: the scalar written so far, never the `,` or `}` after it. */
  readonly start: number;
  readonly end: number;
  /** The cursor is right after the colon: a value needs a leading space (`{port:80}` is one plain key). */
  readonly needsSpace: boolean;
}

/**
 * `{port: |}`, `{name: app, imagePullPolicy: Al|}`: the entry whose scalar value the cursor is in
 * (or just after, across spaces). Undefined at a key, after a `,`, or inside a nested collection.
 */
export function flowValueAt(found: FlowMapAt, text: string, offset: number): FlowValueAt | undefined {
  for (const pair of found.map.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (!isScalar(key) || typeof key.value !== 'string' || !key.range || key.range[1] > offset) continue;
    if (!isScalar(value) || !value.range) continue;
    const colon = text.indexOf(':', key.range[1]);
    if (colon === -1 || colon >= offset || colon >= value.range[0]) continue;
    const [valueStart, valueEnd] = value.range;
    // The cursor is in the scalar, or after it with only spaces between.
    if (offset > valueEnd && !/^[ \t]*$/.test(text.slice(valueEnd, offset))) continue;
    return {
      ...found,
      field: key.value,
      start: Math.min(valueStart, offset),
      end: Math.max(valueEnd, offset),
      needsSpace: offset === colon + 1,
    };
  }
  return undefined;
}
