import { CompletionItem, InsertTextFormat } from 'vscode-languageserver-types';
import { isMap, isPair, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import type { Path } from '../model/path';
import type { CompletionRequest } from './completionTypes';
import { keyItem } from './keyCompletions';
import { withResourceNames } from './resourceNames';

interface FlowMapAt {
  readonly map: YAMLMap;
  readonly path: Path;
}

const inside = (node: Node, offset: number): boolean => !!node.range && node.range[0] < offset && offset < node.range[1];

/** The innermost `{...}` mapping around `offset`, with its object path; block collections are walked through. */
function flowMapAt(node: unknown, offset: number, path: Path): FlowMapAt | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if ((typeof key === 'string' || typeof key === 'number') && pair.value && inside(pair.value as Node, offset)) {
        const deeper = flowMapAt(pair.value, offset, [...path, String(key)]);
        if (deeper) return deeper;
      }
    }
    return node.flow && inside(node, offset) ? { map: node, path } : undefined;
  }
  if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      if (item && inside(item as Node, offset)) return flowMapAt(item, offset, [...path, i]);
    }
  }
  return undefined;
}

/**
 * Keys inside a flow mapping (`containers: [{name: app, |}]`, `resources: {requests: {|}}`): the
 * line layout says nothing there, so the parsed tree locates the mapping. Only where a key goes
 * (after `{` or `,`), and only in a document that parses: a half-typed `{name: app, im}` does.
 */
export function flowKeyCompletions(req: CompletionRequest): CompletionItem[] {
  if (req.triggerCharacter !== undefined) return [];
  const slot = req.file.documentAtLine(req.position.line);
  const doc = slot?.document;
  const object = doc?.object;
  if (!slot || !doc || !object || doc.fatal) return [];
  const line = req.position.line - slot.chunk.line;
  const lineStart = doc.lineCounter.lineStarts[line];
  if (lineStart === undefined) return [];
  const offset = lineStart + req.position.character;
  const text = doc.text;
  let start = offset;
  while (start > 0 && /[\w.\/-]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && /[\w.\/-]/.test(text[end])) end++;
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (text[before - 1] !== '{' && text[before - 1] !== ',') return [];
  const found = flowMapAt(doc.yaml.contents, offset, []);
  if (!found) return [];
  const schema = withResourceNames(req.schema.schemaAt(object.apiVersion, object.kind, found.path));
  if (!schema?.properties) return [];
  const present = new Set<string>();
  for (const pair of found.map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
    const range = pair.key.range;
    // The word being typed parses as a key of its own: it is what gets replaced, not a sibling.
    if (range && range[0] <= offset && offset <= range[1]) continue;
    present.add(pair.key.value);
  }
  const colon = /[ \t]*:/y;
  colon.lastIndex = end;
  const hasColon = colon.test(text);
  const range = {
    start: { line: req.position.line, character: req.position.character - (offset - start) },
    end: { line: req.position.line, character: req.position.character + (end - offset) },
  };
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties)
    .filter(([key]) => !present.has(key))
    .map(([key, field]) => ({
      ...keyItem(req.schema, key, field, required.has(key)),
      textEdit: { range, newText: hasColon ? key : `${key}: ` },
      insertTextFormat: InsertTextFormat.PlainText,
    }));
}
