import { Document, isMap, isSeq, Node, Pair } from 'yaml';
import { deref } from './anchors';
import type { Path } from './path';
import { isMergeKey, scalarKey } from './toPlainValue';

/** The YAML nodes at a path: the value, and for a mapping entry its key. */
export interface NodeLocation {
  readonly key?: Node;
  readonly value?: Node | null;
  /** The mapping or sequence that holds this entry. */
  readonly parent?: Node;
}

/** The pair for `key` in a mapping: its own entries first (the last wins, as in go-yaml), then merged ones. */
export function findPair(doc: Document, map: unknown, key: string, depth = 0): Pair | undefined {
  const m = deref(doc, map);
  if (!isMap(m) || depth > 16) return undefined;
  for (let i = m.items.length - 1; i >= 0; i--) {
    const pair = m.items[i];
    if (!isMergeKey(pair.key) && scalarKey(pair.key) === key) return pair;
  }
  for (const pair of m.items) {
    if (!isMergeKey(pair.key)) continue;
    const src = deref(doc, pair.value);
    for (const s of isSeq(src) ? src.items : [src]) {
      const found = findPair(doc, s, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Walks `path` from the document root, following aliases and merge keys like toPlainValue does. */
export function nodeAt(doc: Document, path: Path): NodeLocation | undefined {
  let loc: NodeLocation = { value: doc.contents as Node | null };
  for (const seg of path) {
    const container = deref(doc, loc.value);
    if (typeof seg === 'number') {
      if (!isSeq(container)) return undefined;
      const item = container.items[seg];
      if (item === undefined) return undefined;
      loc = { value: deref(doc, item) as Node | null, parent: container };
    } else {
      const pair = findPair(doc, container, seg);
      if (!pair) return undefined;
      loc = { key: pair.key as Node, value: deref(doc, pair.value) as Node | null, parent: deref(doc, container) as Node };
    }
  }
  return loc;
}

/** The closest node that exists on the way to `path` (for paths into values that were absent). */
export function nearestNode(doc: Document, path: Path): { path: Path; location: NodeLocation } {
  for (let n = path.length; n >= 0; n--) {
    const location = nodeAt(doc, path.slice(0, n));
    if (location) return { path: path.slice(0, n), location };
  }
  return { path: [], location: { value: doc.contents as Node | null } };
}

