import { Alias, Document, isAlias, isNode, Node, visit } from 'yaml';

/**
 * Alias targets of a document, found in one walk. `Alias.resolve(doc)` walks the whole document on
 * every call, so a file with thousands of aliases took quadratic time (minutes for 20,000 aliases).
 * Same rule as the yaml package: an alias refers to the last anchor of that name before it.
 */
const targets = new WeakMap<Document, Map<Alias, Node | undefined>>();

function aliasTargets(doc: Document): Map<Alias, Node | undefined> {
  let map = targets.get(doc);
  if (map) return map;
  map = new Map();
  const anchors = new Map<string, Node>();
  const found = map;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) found.set(node, anchors.get(node.source));
      else if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    },
  });
  targets.set(doc, map);
  return map;
}

/** The node an alias refers to, or undefined for an unknown anchor. */
export function resolveAlias(doc: Document, alias: Alias): Node | undefined {
  return aliasTargets(doc).get(alias);
}

/** Follows aliases (an alias may point at an alias) to the node they stand for. */
export function deref(doc: Document, node: unknown): unknown {
  let n = node;
  for (let hops = 0; isAlias(n) && hops < 64; hops++) n = resolveAlias(doc, n);
  return isAlias(n) ? undefined : n;
}
