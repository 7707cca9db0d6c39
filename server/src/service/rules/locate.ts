import { isMap, isScalar, Node } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Path } from '../model/path';
import { findPair } from '../model/nodeAt';

function nonEmpty(doc: ParsedDocument, node: Node | null | undefined): Range | undefined {
  const r = node?.range;
  if (!r || r[1] <= r[0]) return undefined;
  return doc.range(r[0], r[1]);
}

/** A list item has no key: point at its `name` if it has one (containers, ports, volumes), else its first key. */
function itemAnchor(doc: ParsedDocument, node: Node | null | undefined): Range | undefined {
  if (isMap(node)) {
    const name = findPair(doc.yaml, node, 'name');
    const target = (name && isScalar(name.value) && nonEmpty(doc, name.value as Node)) || undefined;
    if (target) return target;
    const first = node.items[0];
    if (first) return nonEmpty(doc, first.key as Node);
  }
  if (isScalar(node)) return nonEmpty(doc, node);
  const r = node?.range;
  return r ? doc.range(r[0], Math.min(r[1], doc.text.indexOf('\n', r[0]) === -1 ? r[1] : doc.text.indexOf('\n', r[0]))) : undefined;
}

/** The range to underline for a finding about `path` (see Report.at). */
export function locate(doc: ParsedDocument, path: Path, at: 'key' | 'value' | 'anchor' = 'anchor'): Range {
  const exact = doc.nodeAt(path);
  const loc = exact ?? doc.nearestNode(path).location;
  const key = nonEmpty(doc, loc.key);
  if (exact && at === 'value') {
    const value = nonEmpty(doc, loc.value);
    if (value) return value;
  }
  const found = key ?? itemAnchor(doc, loc.value);
  if (found) return found;
  // An empty document, or a value with no source: the document's first line.
  const firstLineEnd = doc.text.indexOf('\n');
  return doc.range(0, firstLineEnd === -1 ? doc.text.length : firstLineEnd);
}
