import type { AjvError, JsonSchema } from './jsonSchema';

/** How an older Kubernetes version differs from the schema it is derived from (schemas/index.json). */
export interface VersionDiff {
  /** Fields of the base schema that this version does not have, per definition. */
  readonly removed: Readonly<Record<string, readonly string[]>>;
  /** Fields this version had that the base no longer has: accepted, not checked. */
  readonly added: Readonly<Record<string, readonly string[]>>;
}

const DEFINITIONS = '#/definitions/';

/** The base definitions with this version's fields: shallow copies of the few definitions that differ. */
export function deriveDefinitions(base: Record<string, JsonSchema>, diff: VersionDiff, version: string): Record<string, JsonSchema> {
  const out = { ...base };
  for (const name of new Set([...Object.keys(diff.removed), ...Object.keys(diff.added)])) {
    const def = base[name];
    if (!def?.properties) continue;
    const removed = new Set(diff.removed[name] ?? []);
    const properties: Record<string, JsonSchema> = {};
    for (const [key, schema] of Object.entries(def.properties)) if (!removed.has(key)) properties[key] = schema;
    for (const key of diff.added[name] ?? []) {
      properties[key] = { description: `A field of Kubernetes ${version} that later versions removed; podlint does not check its value.` };
    }
    const required = def.required?.filter((r) => !removed.has(r));
    out[name] = { ...def, properties, ...(required ? { required } : {}) };
  }
  return out;
}

/** The `$ref` targets inside one definition (its inline object and list types included). */
function refsOf(schema: JsonSchema | undefined, out: Set<string>): Set<string> {
  if (!schema) return out;
  if (schema.$ref) out.add(schema.$ref.slice(DEFINITIONS.length));
  for (const p of Object.values(schema.properties ?? {})) refsOf(p, out);
  refsOf(schema.items, out);
  if (typeof schema.additionalProperties === 'object') refsOf(schema.additionalProperties, out);
  return out;
}

/** The definitions that have, or reach, a field of the diff: the walk skips every other subtree. */
function reachingDiff(definitions: Record<string, JsonSchema>, diff: VersionDiff): ReadonlySet<string> {
  const cached = reachingMemo.get(definitions);
  if (cached) return cached;
  const found = new Set([...Object.keys(diff.removed), ...Object.keys(diff.added)]);
  const refs = new Map(Object.entries(definitions).map(([name, def]) => [name, refsOf(def, new Set())]));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, targets] of refs) {
      if (found.has(name)) continue;
      for (const t of targets) {
        if (found.has(t)) {
          found.add(name);
          grew = true;
          break;
        }
      }
    }
  }
  reachingMemo.set(definitions, found);
  return found;
}

const reachingMemo = new WeakMap<Record<string, JsonSchema>, ReadonlySet<string>>();

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Turns the base schema's validation errors into this version's: a field the version lacks
 * becomes an `additionalProperties` error (and what the base said about its value is dropped),
 * a field only this version has is no longer unknown. One walk over the value, along the schema.
 */
export function versionErrors(
  baseErrors: readonly AjvError[],
  value: unknown,
  rootDefinition: string,
  definitions: Record<string, JsonSchema>,
  diff: VersionDiff,
): AjvError[] {
  const extra: AjvError[] = [];
  const dropped: string[] = [];
  const definitionAt = new Map<string, string>();
  const relevant = reachingDiff(definitions, diff);

  const walk = (v: unknown, schema: JsonSchema | undefined, definition: string, pointer: string, depth: number): void => {
    if (!schema || v === null || typeof v !== 'object' || depth > 64) return;
    let s: JsonSchema | undefined = schema;
    let def = definition;
    for (let hops = 0; s?.$ref && hops < 16; hops++) {
      def = s.$ref.slice(DEFINITIONS.length);
      s = definitions[def];
    }
    if (!s || !relevant.has(def)) return;
    if (Array.isArray(v)) {
      if (s.items) v.forEach((item, i) => walk(item, s.items, def, `${pointer}/${i}`, depth + 1));
      return;
    }
    // Inline object types (a map's values, a TypeLiteral) belong to no definition of their own.
    const own = s === definitions[def];
    if (own) definitionAt.set(pointer, def);
    const removed = own ? diff.removed[def] : undefined;
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      const at = `${pointer}/${escapePointer(key)}`;
      const prop = s.properties?.[key];
      if (prop) walk(child, prop, def, at, depth + 1);
      else if (removed?.includes(key)) {
        extra.push({ instancePath: pointer, schemaPath: `${DEFINITIONS}${def}/additionalProperties`, keyword: 'additionalProperties', params: { additionalProperty: key } });
        dropped.push(at);
      } else if (typeof s.additionalProperties === 'object') walk(child, s.additionalProperties, def, at, depth + 1);
    }
  };
  walk(value, { $ref: `${DEFINITIONS}${rootDefinition}` }, rootDefinition, '', 0);

  const kept = baseErrors.filter((e) => {
    if (dropped.some((d) => e.instancePath === d || e.instancePath.startsWith(`${d}/`))) return false;
    const def = definitionAt.get(e.instancePath);
    if (!def) return true;
    if (e.keyword === 'additionalProperties') return !diff.added[def]?.includes(String(e.params.additionalProperty));
    if (e.keyword === 'required') return !diff.removed[def]?.includes(String(e.params.missingProperty));
    return true;
  });
  return [...kept, ...extra];
}
