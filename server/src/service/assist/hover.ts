import { Diagnostic, Hover, MarkupKind, Position, Range } from 'vscode-languageserver-types';
import type { ParsedFile } from '../model/parsedFile';
import type { RuleMeta } from '../rules/types';
import { typeLabel } from '../schema/describe';
import type { KubernetesSchema } from '../schema/schemaStore';
import { isScalar, Node } from 'yaml';
import type { Path } from '../model/path';
import { BaseContext, documentAt } from './cursorContext';
import { flowMapAt, parsedOffset } from './flowContext';
import { placeAt, scanLine } from './lineScan';
import { shiftRange } from '../diagnostics';
import { parsedAround, referencesAt } from './references';

const API_REFERENCE = 'https://kubernetes.io/docs/reference/generated/kubernetes-api';

/**
 * The section of the generated API reference that documents a type: `io.k8s.api.apps.v1.DeploymentSpec`
 * -> `.../v1.36/#deploymentspec-v1-apps`, `io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta` -> `#objectmeta-v1-meta`.
 */
export function apiReferenceUrl(kubernetesVersion: string, definition: string): string {
  const page = `${API_REFERENCE}/v${kubernetesVersion}/`;
  const api = /^io\.k8s\.api\.([a-z0-9]+)\.(v[a-z0-9]+)\.(\w+)$/.exec(definition);
  if (api) return `${page}#${api[3].toLowerCase()}-${api[2]}-${api[1]}`;
  const meta = /^io\.k8s\.apimachinery\.pkg\.apis\.meta\.(v[a-z0-9]+)\.(\w+)$/.exec(definition);
  if (meta) return `${page}#${meta[2].toLowerCase()}-${meta[1]}-meta`;
  return page;
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The field under the cursor: the mapping that holds it, its key, and the value written. */
interface HoveredField {
  readonly objectPath: Path;
  readonly key: string;
  /** The value as written (quotes removed), when the cursor is on it. */
  readonly value: string | undefined;
  /** The key, in file coordinates. */
  readonly range: Range;
}

/** Whether `text` leaves a `{` open (braces in quotes aside). */
function insideBraces(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) quote = ch === quote ? undefined : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** `key: value` on the cursor's line, in block style: read from the text, so it works while the document is broken. */
function blockField(base: BaseContext, position: Position): HoveredField | undefined {
  const s = scanLine(base.lines[base.line]);
  if (s.key === undefined || s.keyEnd === undefined) return undefined;
  const c = position.character;
  const onKey = c >= s.contentCol && c <= s.keyEnd;
  const onValue = s.valueCol !== undefined && s.value && c >= s.valueCol && c <= s.valueCol + s.value.length;
  if (!onKey && !onValue) return undefined;
  // Inside a `{...}` value the cursor is on one of its entries, which only the tree can name (a
  // document that does not parse has none): saying nothing beats describing the key that holds it.
  if (onValue && (insideBraces(s.value!.slice(0, c - s.valueCol!)) || s.value![c - s.valueCol!] === '{')) return undefined;
  const placement = placeAt(base.lines, base.line, s.contentCol, s.dashes, false);
  if (!placement) return undefined;
  const line = position.line;
  return {
    objectPath: placement.path,
    key: s.key,
    value: onValue ? s.value?.replace(/^(["'])(.*)\1$/, '$2') : undefined,
    range: { start: { line, character: s.contentCol }, end: { line, character: s.keyEnd } },
  };
}

/**
 * An entry of a `{...}` mapping (`httpGet: {path: /, port: http}`, `- {name: app, image: nginx}`):
 * the line holds several keys, so the entry comes from the parsed tree. Null when the cursor is in
 * a flow mapping but on no key or value of it (a brace, a comma), so no outer key is described.
 */
function flowField(base: BaseContext, position: Position): HoveredField | null | undefined {
  const doc = base.slot.document;
  const offset = parsedOffset(doc, base.line, position.character);
  const found = offset === undefined ? undefined : flowMapAt(doc.yaml.contents, offset, []);
  if (!found || offset === undefined) return undefined;
  for (const pair of found.map.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (!isScalar(key) || typeof key.value !== 'string' || !key.range) continue;
    const onKey = key.range[0] <= offset && offset <= key.range[1];
    const onValue = isScalar(value) && !!value.range && value.range[0] <= offset && offset <= value.range[1];
    if (!onKey && !onValue) continue;
    return {
      objectPath: found.path,
      key: key.value,
      value: onValue && isScalar(value) ? String(value.value) : undefined,
      range: shiftRange(doc.range(key.range[0], key.range[1]), base.slot.chunk.line),
    };
  }
  return null;
}

/** The field under the cursor (on its key or its value): type, description and the API reference link. */
function fieldHover(file: ParsedFile, position: Position, schema: KubernetesSchema): { markdown: string; range: Range } | undefined {
  const base = documentAt(file, position);
  if (!base?.apiVersion || !base.kind) return undefined;
  const flow = flowField(base, position);
  const hovered = flow === undefined ? blockField(base, position) : flow;
  if (!hovered) return undefined;
  const { objectPath, key } = hovered;
  const owner = schema.schemaAt(base.apiVersion, base.kind, objectPath);
  const entries = owner?.schema.additionalProperties;
  const field = owner?.schema.properties?.[key] ?? (typeof entries === 'object' ? entries : undefined);
  if (!owner || !field) return undefined;
  const required = owner.schema.required?.includes(key) ? ' · required' : '';
  const isEntry = !owner.schema.properties?.[key];
  // An entry of a map (`limits`, `labels`) is described by the map; `kind` by the kind itself.
  const description = isEntry
    ? owner.schema.description
    : objectPath.length === 0 && key === 'kind'
      ? schema.definitions[owner.definition]?.description
      : (schema.resolve(field)?.description ?? field.description);
  const target =
    hovered.value !== undefined
      ? referencesAt({ objectPath, field: key }, () => parsedAround(base.slot.document, base.lines, base.line)).find((r) => r.value === hovered.value)
      : undefined;
  const typeName = owner.definition.slice(owner.definition.lastIndexOf('.') + 1);
  const markdown = [
    `**${key}** \`${typeLabel(field)}\`${required}`,
    target ? `Refers to the ${target.what} \`${target.value}\` (${target.where}).` : undefined,
    description,
    `[${typeName} · Kubernetes ${schema.version} API reference](${apiReferenceUrl(schema.version, owner.definition)})`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { markdown, range: hovered.range };
}

/** The rule behind each podlint diagnostic under the cursor: its message and its documentation. */
function ruleDocs(diagnostics: readonly Diagnostic[], position: Position, rules: ReadonlyMap<string, RuleMeta>): string[] {
  return diagnostics
    .filter((d) => contains(d.range, position))
    .map((d) => {
      const meta = rules.get(String(d.code));
      const link = d.codeDescription ? ` ([docs](${d.codeDescription.href}))` : '';
      return [`**podlint \`${d.code}\`**: ${d.message}${link}`, meta?.docs].filter(Boolean).join('\n\n');
    });
}

export function hover(
  file: ParsedFile,
  position: Position,
  schema: KubernetesSchema,
  diagnostics: readonly Diagnostic[],
  rules: ReadonlyMap<string, RuleMeta>,
): Hover | null {
  const field = fieldHover(file, position, schema);
  const problems = ruleDocs(diagnostics, position, rules);
  const parts = [...(field ? [field.markdown] : []), ...problems];
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: field?.range };
}
