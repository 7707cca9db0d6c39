import type { JsonSchema } from './schemaStore';

const WORD = /[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+/g;
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');

/** `io.k8s.api.core.v1.HTTPGetAction` -> `an HTTP get action`, for messages. */
export function describeDefinition(definition: string): string {
  const short = definition.slice(definition.lastIndexOf('.') + 1);
  const words = (short.match(WORD) ?? [short]).map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()));
  const first = words[0] ?? '';
  const isAcronym = first.length > 1 && first === first.toUpperCase();
  // Types named in the plural (ResourceRequirements, Capabilities, SELinuxOptions) take "the".
  if (/^(requirements|capabilities|options|ordinals|pods|codes)$/.test(words[words.length - 1] ?? '')) return `the ${words.join(' ')}`;
  const an = isAcronym ? VOWEL_SOUND_LETTERS.has(first[0]) : /^[aeiou]/.test(first);
  return `${an ? 'an' : 'a'} ${words.join(' ')}`;
}

/** A short type label for hovers and messages: `integer`, `string`, `[]Container`, `map[string]string`. */
export function typeLabel(schema: JsonSchema | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) {
    const name = schema.$ref.slice(schema.$ref.lastIndexOf('.') + 1);
    if (name === 'Quantity') return 'quantity';
    if (name === 'IntOrString') return 'integer or string';
    return name;
  }
  if (schema['x-kubernetes-quantity']) return 'quantity';
  if (Array.isArray(schema.type)) return schema.type.join(' or ');
  if (schema.type === 'array') return `[]${typeLabel(schema.items)}`;
  if (schema.type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object' && !schema.properties) {
    return `map[string]${typeLabel(schema.additionalProperties)}`;
  }
  if (schema.enum) return schema.enum.length === 1 ? JSON.stringify(schema.enum[0]) : 'enum';
  return schema.type ?? 'any';
}
