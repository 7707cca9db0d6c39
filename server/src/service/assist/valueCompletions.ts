import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { CompletionRequest, triggeredHere } from './completionTypes';
import type { ValueContext } from './cursorContext';
import { shortDescription } from './fieldShape';
import { parsedAround, referencesAt } from './references';
import { POD_SPEC_PATHS, templateRestartPolicies } from '../model/workloadKinds';

/**
 * A pod template's restartPolicy offers what its owner accepts (a Job's pods never restart "Always").
 * The Job's podFailurePolicy is read even while the value being typed breaks the document (`"Nev|`).
 */
function acceptedHere(ctx: ValueContext, values: readonly string[]): readonly string[] {
  const podPath = POD_SPEC_PATHS[ctx.kind ?? ''];
  if (ctx.field !== 'restartPolicy' || !podPath || ctx.objectPath.join('/') !== podPath.join('/')) return values;
  const object = parsedAround(ctx.slot.document, ctx.lines, ctx.line).object;
  const allowed = templateRestartPolicies(ctx.kind!, object?.value);
  return allowed ? values.filter((v) => allowed.includes(v)) : values;
}

/** The quote the value being replaced opens with, if it is quoted (`"No|`, `'Alw|ays'`). */
function quoteOf(ctx: ValueContext): string | undefined {
  const { start, end } = ctx.range;
  if (start.line !== end.line) return undefined;
  const q = ctx.lines[ctx.line]?.[start.character];
  return q === '"' || q === "'" ? q : undefined;
}

/**
 * A quoted value being typed is matched with its quote (the editor filters the items by the text
 * of the range, quote included) and keeps it, except for booleans (and other plain values),
 * which quoting would turn into strings.
 */
function item(ctx: ValueContext, value: string, kind: CompletionItemKind, detail: string, sortText: string, doc?: string): CompletionItem {
  const q = quoteOf(ctx);
  const written = q && kind !== CompletionItemKind.Value ? `${q}${value}${q}` : value;
  return {
    label: value,
    kind,
    detail,
    documentation: doc ? { kind: MarkupKind.Markdown, value: doc } : undefined,
    sortText,
    filterText: `${q ?? ''}${value}`,
    textEdit: { range: ctx.range, newText: `${ctx.needsSpace ? ' ' : ''}${written}` },
    insertTextFormat: InsertTextFormat.PlainText,
  };
}

/** `apiVersion` and `kind` at the top of a document, from the kinds the schema knows. */
function rootValues(req: CompletionRequest, ctx: ValueContext): CompletionItem[] {
  if (ctx.objectPath.length || (ctx.field !== 'kind' && ctx.field !== 'apiVersion')) return [];
  const kinds = req.schema.kinds().filter((k) => (ctx.field === 'kind' ? !ctx.apiVersion || k.apiVersion === ctx.apiVersion : !ctx.kind || k.kind === ctx.kind));
  const values = [...new Set(kinds.map((k) => (ctx.field === 'kind' ? k.kind : k.apiVersion)))];
  return values.map((v, i) => item(ctx, v, CompletionItemKind.Value, ctx.field, String(i).padStart(3, '0')));
}

/** Enum members and booleans of the field at the cursor, and the pod's own names it may refer to. */
export function valueCompletions(req: CompletionRequest): CompletionItem[] {
  const ctx = req.context;
  if (ctx?.type !== 'value' || !triggeredHere(req)) return [];
  const root = rootValues(req, ctx);
  if (root.length || !ctx.apiVersion || !ctx.kind) return root;
  const parent = req.schema.schemaAt(ctx.apiVersion, ctx.kind, ctx.objectPath)?.schema;
  const field = parent?.properties?.[ctx.field];
  const schema = req.schema.resolve(field);
  const items: CompletionItem[] = [];
  const description = shortDescription(schema?.description);
  for (const [i, v] of acceptedHere(ctx, schema?.enum ?? []).entries()) {
    items.push(item(ctx, v, CompletionItemKind.EnumMember, `${ctx.field}${description ? ` — ${description}` : ''}`, `0${i}`, schema?.description));
  }
  if (schema?.type === 'boolean') {
    for (const v of ['true', 'false']) items.push(item(ctx, v, CompletionItemKind.Value, 'boolean', `0${v}`));
  }
  const document = () => parsedAround(ctx.slot.document, ctx.lines, ctx.line);
  for (const [i, ref] of referencesAt(ctx, document).entries()) {
    items.push(item(ctx, ref.value, CompletionItemKind.Reference, `${ref.what} ${ref.where}`, `1${String(i).padStart(3, '0')}`));
  }
  return items;
}
