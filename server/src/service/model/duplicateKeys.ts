import { Document, isMap, isScalar, visit } from 'yaml';

/**
 * Offsets of the keys that repeat an earlier key of the same mapping. The yaml package's own check
 * (`uniqueKeys`) compares each key with every earlier one: a mapping of 30,000 labels took most of
 * a minute. This is the same comparison (scalar values, strictly equal) in one pass per mapping.
 */
export function duplicateKeyOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map) || map.items.length < 2) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        const id = isScalar(key) ? key.value : key;
        if (seen.has(id) && isScalar(key) && key.range) offsets.push(key.range[0]);
        else seen.add(id);
      }
    },
  });
  return offsets;
}
