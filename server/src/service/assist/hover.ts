import { Diagnostic, Hover, MarkupKind, Position, Range } from 'vscode-languageserver-types';
import type { ParsedFile } from '../model/parsedFile';
import type { RuleMeta } from '../rules/types';
import { typeLabel } from '../schema/describe';
import type { KubernetesSchema } from '../schema/schemaStore';
import { documentAt } from './cursorContext';
import { placeAt, scanLine } from './lineScan';
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

/** The field under the cursor (on its key or its value): type, description and the API reference link. */
function fieldHover(file: ParsedFile, position: Position, schema: KubernetesSchema): { markdown: string; range: Range } | undefined {
  const base = documentAt(file, position);
  if (!base?.apiVersion || !base.kind) return undefined;
  const s = scanLine(base.lines[base.line]);
  if (s.key === undefined || s.keyEnd === undefined) return undefined;
  const c = position.character;
  const onKey = c >= s.contentCol && c <= s.keyEnd;
  const onValue = s.valueCol !== undefined && s.value && c >= s.valueCol && c <= s.valueCol + s.value.length;
  if (!onKey && !onValue) return undefined;
  const placement = placeAt(base.lines, base.line, s.contentCol, s.dashes, false);
  if (!placement) return undefined;
  const owner = schema.schemaAt(base.apiVersion, base.kind, placement.path);
  const entries = owner?.schema.additionalProperties;
  const field = owner?.schema.properties?.[s.key] ?? (typeof entries === 'object' ? entries : undefined);
  if (!owner || !field) return undefined;
  const required = owner.schema.required?.includes(s.key) ? ' · required' : '';
  const isEntry = !owner.schema.properties?.[s.key];
  // An entry of a map (`limits`, `labels`) is described by the map; `kind` by the kind itself.
  const description = isEntry
    ? owner.schema.description
    : placement.path.length === 0 && s.key === 'kind'
      ? schema.definitions[owner.definition]?.description
      : (schema.resolve(field)?.description ?? field.description);
  const written = s.value?.replace(/^(["'])(.*)\1$/, '$2');
  const target = onValue
    ? referencesAt({ objectPath: placement.path, field: s.key }, () => parsedAround(base.slot.document, base.lines, base.line)).find(
        (r) => r.value === written,
      )
    : undefined;
  const typeName = owner.definition.slice(owner.definition.lastIndexOf('.') + 1);
  const markdown = [
    `**${s.key}** \`${typeLabel(field)}\`${required}`,
    target ? `Refers to the ${target.what} \`${target.value}\` (${target.where}).` : undefined,
    description,
    `[${typeName} · Kubernetes ${schema.version} API reference](${apiReferenceUrl(schema.version, owner.definition)})`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const line = position.line;
  return { markdown, range: { start: { line, character: s.contentCol }, end: { line, character: s.keyEnd } } };
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
