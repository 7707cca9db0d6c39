import type { JsonSchema, KubernetesSchema } from '../schema/schemaStore';

export interface IndentStyle {
  /** Spaces per nesting level. */
  readonly unit: number;
  /** `- ` items indented under their key (`containers:\n  - name`) rather than level with it. */
  readonly indentSequences: boolean;
}

/** Text that is literal inside a snippet. */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function choice(values: readonly string[]): string {
  return `\${1|${values.map((v) => v.replace(/[\\,|$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

export function isObjectSchema(schema: JsonSchema | undefined): boolean {
  return schema?.type === 'object' && (schema.properties !== undefined || typeof schema.additionalProperties === 'object');
}

/**
 * The snippet that writes `key` with a value of the right shape, for a key at column `col`: a
 * nested mapping or a `- ` item on the next lines (indented absolutely, as the document does), a
 * choice for enums and booleans, else the cursor after `key: `.
 */
export function fieldSnippet(key: string, schema: JsonSchema | undefined, col: number, style: IndentStyle, schemas: KubernetesSchema): string {
  const name = snippetText(key);
  const resolved = schemas.resolve(schema);
  if (resolved?.type === 'array') {
    const dash = col + (style.indentSequences ? style.unit : 0);
    return `${name}:\n${' '.repeat(dash)}- $0`;
  }
  if (isObjectSchema(resolved)) return `${name}:\n${' '.repeat(col + style.unit)}$0`;
  if (resolved?.enum?.length) return `${name}: ${choice(resolved.enum)}`;
  if (resolved?.type === 'boolean') return `${name}: ${choice(['true', 'false'])}`;
  return `${name}: $0`;
}

/** The first sentence of a field description, for the completion list. */
export function shortDescription(description: string | undefined, max = 80): string | undefined {
  if (!description) return undefined;
  const first = /^[\s\S]*?[.!?](?=\s|$)/.exec(description)?.[0] ?? description;
  const line = first.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
