import { Document, isMap, isPair, isScalar, isSeq, Node, Pair, Scalar } from 'yaml';
import { deref as derefIn } from './anchors';
import { MAX_DEPTH } from './safeParse';

/**
 * Converts a parsed document into the plain value the API server would receive (the JSON that
 * kubectl sends), mirroring sigs.k8s.io/yaml: keys become strings, timestamps stay as written,
 * merge keys (`<<`) are applied, and a field set to null counts as absent.
 *
 * Aliases let a small file describe a huge value ("billion laughs"); the expanded size is
 * measured first, without expanding, and a document over the budget is not converted.
 */
export type PlainResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'alias-budget' | 'too-deep' | 'too-large'; detail: string };

export { MAX_DEPTH };

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

export function scalarKey(key: unknown): string | undefined {
  if (isScalar(key)) return keyString(key.value, key);
  if (key === null || key === undefined) return 'null';
  return undefined;
}

function keyString(v: unknown, node: Scalar): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date || (typeof v === 'object' && v !== null)) return node.source ?? String(v);
  return String(v);
}

function scalarValue(node: Scalar): unknown {
  const v = node.value;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  // Timestamps, !!binary and other objects: the API receives them as the text that was written.
  return node.source ?? String(v);
}

/**
 * `mayHaveAliases: false` (the text has no `*`, so no alias) skips the size walk and the memo of
 * converted nodes, two map operations per node: without aliases every node is reached once, the
 * expanded size is the node count (within any budget of twice the text's length), and the depth
 * was bounded before composing (safeParse.ts).
 */
export function toPlainValue(doc: Document, budget: number, mayHaveAliases = true): PlainResult {
  const sizes = new Map<Node, number>();
  const inProgress = new Set<Node>();

  const deref = (node: unknown): unknown => derefIn(doc, node);

  // Expanded size, memoised per node so the walk itself stays linear in the document.
  const sizeOf = (raw: unknown, depth: number): number => {
    const node = deref(raw);
    if (!node || typeof node !== 'object' || !('range' in (node as object))) return 1;
    const n = node as Node;
    const known = sizes.get(n);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) throw new DepthError();
    if (inProgress.has(n)) return 1; // a cycle through an alias contributes nothing more
    inProgress.add(n);
    let size = 1;
    if (isMap(n)) {
      for (const item of n.items) size += sizeOf(item.value, depth + 1);
    } else if (isSeq(n)) {
      for (const item of n.items) size += sizeOf(item, depth + 1);
    }
    inProgress.delete(n);
    sizes.set(n, Math.min(size, Number.MAX_SAFE_INTEGER));
    return size;
  };

  try {
    const total = mayHaveAliases ? sizeOf(doc.contents, 0) : 0;
    if (total > budget) {
      return {
        ok: false,
        reason: 'alias-budget',
        detail: `aliases expand this document to about ${total.toExponential(1)} nodes (the limit is ${budget})`,
      };
    }
  } catch (e) {
    if (e instanceof DepthError) return { ok: false, reason: 'too-deep', detail: `nesting is deeper than ${MAX_DEPTH} levels` };
    throw e;
  }

  const built = mayHaveAliases ? new Map<Node, unknown>() : undefined;
  const convert = (raw: unknown): unknown => {
    const node = deref(raw);
    if (node === undefined || node === null) return null;
    if (isScalar(node)) return scalarValue(node);
    const n = node as Node;
    if (built) {
      const done = built.get(n);
      if (done !== undefined) return done;
      if (inProgress.has(n)) return null;
      inProgress.add(n);
    }
    let out: unknown;
    if (isMap(n)) {
      const obj: Record<string, unknown> = {};
      const merged: Pair[] = [];
      for (const pair of n.items) {
        if (isMergeKey(pair.key)) {
          merged.push(pair);
          continue;
        }
        const key = scalarKey(pair.key) ?? String(convert(pair.key));
        const value = convert(pair.value);
        if (value === null) delete obj[key];
        else obj[key] = value;
      }
      // Explicit keys win over merged ones, whatever their order (YAML 1.1 merge semantics).
      for (const pair of merged) {
        const src = deref(pair.value);
        const sources = isSeq(src) ? src.items.map(deref) : [src];
        for (const s of sources) {
          const v = convert(s);
          if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
          for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
            if (!(k in obj) && !n.items.some((p) => isPair(p) && !isMergeKey(p.key) && scalarKey(p.key) === k)) obj[k] = val;
          }
        }
      }
      out = obj;
    } else if (isSeq(n)) {
      out = n.items.map((item) => convert(item));
    } else {
      out = null;
    }
    if (built) {
      inProgress.delete(n);
      built.set(n, out);
    }
    return out;
  };
  return { ok: true, value: convert(doc.contents) };
}

class DepthError extends Error {}
