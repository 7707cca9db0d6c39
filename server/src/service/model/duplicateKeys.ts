import { Document, isCollection, isMap, isPair, isScalar } from 'yaml';

/**
 * Offsets of the keys that repeat an earlier key of the same mapping. The yaml package's own check
 * (`uniqueKeys`) compares each key with every earlier one: a mapping of 30,000 labels took most of
 * a minute. This is the same comparison (scalar values, strictly equal) in one pass per mapping.
 * The walk is a plain stack, not `visit`, which builds a frozen path array for every node it
 * passes: on opening a file that allocation cost more than the comparison itself.
 */
export function duplicateKeyOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isCollection(node)) continue;
    for (const item of node.items) stack.push(item);
    if (!isMap(node) || node.items.length < 2) continue;
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const key = pair.key;
      const id = isScalar(key) ? key.value : key;
      if (seen.has(id) && isScalar(key) && key.range) offsets.push(key.range[0]);
      else seen.add(id);
    }
  }
  return offsets.sort((a, b) => a - b);
}
