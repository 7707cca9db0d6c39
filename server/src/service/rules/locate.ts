import { isMap, isScalar, Node } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Path } from '../model/path';
import { findPair } from '../model/nodeAt';

/** A node's range, without trailing whitespace and, for a block collection, only its first line. */
function visibleRange(doc: ParsedDocument, node: Node | null | undefined): Range | undefined {
  const r = node?.range;
  if (!r || r[1] <= r[0]) return undefined;
  let end = r[1];
  const newline = doc.text.indexOf('\n', r[0]);
  if (newline !== -1 && newline < end) end = newline;
  while (end > r[0] && /\s/.test(doc.text[end - 1])) end--;
  return end > r[0] ? doc.range(r[0], end) : undefined;
}

/** A list item has no key: point at its `name` if it has one (containers, ports, volumes), else its first key. */
function itemAnchor(doc: ParsedDocument, node: Node | null | undefined): Range | undefined {
  if (isMap(node)) {
    const name = findPair(doc.yaml, node, 'name');
    const target = (name && isScalar(name.value) && visibleRange(doc, name.value as Node)) || undefined;
    if (target) return target;
    const first = node.items[0];
    if (first) return visibleRange(doc, first.key as Node);
  }
  return visibleRange(doc, node);
}

/** The range to underline for a finding about `path` (see Report.at). */
export function locate(doc: ParsedDocument, path: Path, at: 'key' | 'value' | 'anchor' = 'anchor'): Range {
  const exact = doc.nodeAt(path);
  const loc = exact ?? doc.nearestNode(path).location;
  const key = visibleRange(doc, loc.key);
  if (exact && at === 'value') {
    const value = visibleRange(doc, loc.value);
    if (value) return value;
  }
  const found = key ?? itemAnchor(doc, loc.value);
  if (found) return found;
  // An empty document, or a value with no source: the document's first line.
  const firstLineEnd = doc.text.indexOf('\n');
  return doc.range(0, firstLineEnd === -1 ? doc.text.length : firstLineEnd);
}
