import { CompletionItem, CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind } from 'vscode-languageserver-types';
import { typeLabel } from '../schema/describe';
import type { JsonSchema, KubernetesSchema } from '../schema/schemaStore';
import { CompletionRequest, triggeredHere } from './completionTypes';
import { fieldSnippet, isObjectSchema, shortDescription } from './fieldShape';
import { indentStyle } from './lineScan';
import { withResourceNames } from './resourceNames';

/** Top-level keys every object has; `status` is written by the cluster, not by manifests. */
const NOT_WRITTEN = new Set(['status']);

function objectAt(req: CompletionRequest): { schema: JsonSchema; asItem: boolean } | undefined {
  const ctx = req.context;
  if (ctx?.type !== 'key' || !ctx.apiVersion || !ctx.kind) return undefined;
  const found = withResourceNames(req.schema.schemaAt(ctx.apiVersion, ctx.kind, ctx.placement.path));
  if (found?.type === 'array' && !ctx.startsItem) {
    // An empty line under `containers:` or at the column of its `- `: the keys of a new item.
    const item = req.schema.resolve(found.items);
    return isObjectSchema(item) && item!.properties ? { schema: item!, asItem: true } : undefined;
  }
  if (ctx.placement.newItem) return undefined;
  return found?.properties ? { schema: found, asItem: false } : undefined;
}

/** TypeMeta, in Kubernetes' words (the generated schema leaves these two undescribed). */
const TYPE_META: Record<string, string> = {
  apiVersion: 'APIVersion defines the versioned schema of this representation of an object.',
  kind: 'Kind is a string value representing the REST resource this object represents.',
};

/**
 * `apiVersion` or `kind` at the top of a document that has the other one: the type is not known
 * yet, so no schema applies, but these two keys are what makes it a Kubernetes object.
 */
export function typeMetaCompletions(req: CompletionRequest): CompletionItem[] {
  const ctx = req.context;
  if (ctx?.type !== 'key' || ctx.placement.path.length || ctx.placement.newItem || !triggeredHere(req)) return [];
  if ((ctx.apiVersion === undefined) === (ctx.kind === undefined)) return [];
  return Object.entries(TYPE_META)
    .filter(([key]) => !ctx.present.has(key))
    .map(([key, description]) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: `string (required) — ${description}`,
      sortText: `0${key}`,
      textEdit: { range: ctx.range, newText: ctx.hasColon ? key : `${key}: ` },
    }));
}

/**
 * The keys the object at the cursor accepts and does not have yet, required ones first, each
 * inserting its value's shape (`ports:` opens a `- ` item, `resources:` a nested mapping).
 */
export function keyCompletions(req: CompletionRequest): CompletionItem[] {
  const ctx = req.context;
  const target = objectAt(req);
  if (ctx?.type !== 'key' || !target || !triggeredHere(req)) return [];
  const style = indentStyle(ctx.lines);
  const required = new Set(target.schema.required ?? []);
  const prefix = target.asItem ? '- ' : '';
  const keyCol = ctx.col + prefix.length;
  const items: CompletionItem[] = [];
  for (const [key, field] of Object.entries(target.schema.properties ?? {})) {
    if ((!target.asItem && ctx.present.has(key)) || (ctx.placement.path.length === 0 && NOT_WRITTEN.has(key))) continue;
    const newText = ctx.hasColon ? key : prefix + fieldSnippet(key, field, keyCol, style, req.schema);
    items.push({
      ...keyItem(req.schema, key, field, required.has(key)),
      textEdit: { range: ctx.range, newText },
      insertTextFormat: ctx.hasColon ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
    });
  }
  return items;
}

/** A field as a completion item, without its edit: type, required-ness, description, deprecation. */
export function keyItem(schema: KubernetesSchema, key: string, field: JsonSchema, isRequired: boolean): CompletionItem {
  const type = typeLabel(field);
  const description = schema.resolve(field)?.description ?? field.description;
  return {
    label: key,
    labelDetails: { detail: ` ${type}`, description: isRequired ? 'required' : undefined },
    kind: CompletionItemKind.Property,
    detail: `${type}${isRequired ? ' (required)' : ''} — ${shortDescription(description) ?? key}`,
    documentation: description ? { kind: MarkupKind.Markdown, value: description } : undefined,
    sortText: `${isRequired ? '0' : '1'}${key}`,
    filterText: key,
    tags: description?.startsWith('Deprecated') ? [1] : undefined,
  };
}
