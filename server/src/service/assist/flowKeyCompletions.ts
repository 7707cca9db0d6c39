import { CompletionItem, InsertTextFormat } from 'vscode-languageserver-types';
import { isPair, isScalar } from 'yaml';
import type { CompletionRequest } from './completionTypes';
import { flowMapAt, parsedOffset } from './flowContext';
import { keyItem } from './keyCompletions';
import { withResourceNames } from './resourceNames';

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
  const offset = doc && slot ? parsedOffset(doc, req.position.line - slot.chunk.line, req.position.character) : undefined;
  if (!doc || !object || offset === undefined) return [];
  const text = doc.text;
  let start = offset;
  while (start > 0 && /[\w.\/-]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && /[\w.\/-]/.test(text[end])) end++;
  let before = start;
  // A flow mapping may span lines: the `,` or `{` before a key on a line of its own counts too.
  while (before > 0 && /\s/.test(text[before - 1])) before--;
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
  // Another entry after the cursor (`{ | name: app}`, or on the next line) needs a `,` after the
  // new key, or it would be read as the new key's value: `{args: name: app}` does not parse.
  let next = end;
  for (;;) {
    while (next < text.length && /\s/.test(text[next])) next++;
    if (text[next] !== '#' || (next > 0 && !/\s/.test(text[next - 1]))) break;
    while (next < text.length && text[next] !== '\n') next++;
  }
  const entryFollows = !hasColon && next < text.length && !'},'.includes(text[next]);
  const separator = /\s/.test(text[end] ?? '') ? ',' : ', ';
  const range = {
    start: { line: req.position.line, character: req.position.character - (offset - start) },
    end: { line: req.position.line, character: req.position.character + (end - offset) },
  };
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties)
    .filter(([key]) => !present.has(key))
    .map(([key, field]) => ({
      ...keyItem(req.schema, key, field, required.has(key)),
      // Keys are plain names (no `$`, `}` or `\\`), safe in a snippet as they are.
      textEdit: { range, newText: hasColon ? key : entryFollows ? `${key}: $0${separator}` : `${key}: ` },
      insertTextFormat: entryFollows ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    }));
}
