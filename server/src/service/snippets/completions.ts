/**
 * Snippet completion items: the manifest snippets on an empty document, the container snippets
 * where a new item of `containers` / `initContainers` goes, each re-indented for its place.
 */
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind } from 'vscode-languageserver-types';
import type { ParsedFile } from '../model/parsedFile';
import { SNIPPETS, Snippet, SnippetContext } from './catalog';
import { cursorContext } from './context';

const byContext = new Map<SnippetContext, Snippet[]>();
for (const s of SNIPPETS) byContext.set(s.context, [...(byContext.get(s.context) ?? []), s]);

/** The default expansion, shown beside the item; built once per snippet, not per request. */
const documentation = new Map(SNIPPETS.map((s) => [s, { kind: MarkupKind.Markdown, value: `${s.description}\n\n\`\`\`yaml\n${s.text}\n\`\`\`` }]));

/**
 * Puts a `- ` item body at `column`, the first line after the replaced text and every other line
 * indented to match. After a dash the user typed, the body's other lines follow the item content's
 * column, however many spaces follow that dash.
 */
function place(body: readonly string[], column: number, dropDash: boolean, replaceFrom: number): string {
  const pad = ' '.repeat(dropDash ? replaceFrom - 2 : column);
  return body
    .map((l, i) => {
      if (i === 0) return dropDash ? l.replace(/^- /, '') : pad + l;
      return l ? pad + l : l;
    })
    .join('\n');
}

export function snippetCompletions(file: ParsedFile, position: Position): CompletionItem[] {
  const slot = file.documentAtLine(position.line);
  if (!slot) return [];
  // A lone CR ends a line too, as in LSP and YAML.
  const lines = slot.chunk.text.split(/\r\n|\r|\n/);
  const line = position.line - slot.chunk.line;
  if (line < 0 || line >= lines.length) return [];
  const context = cursorContext(lines, line, position.character);
  if (!context) return [];
  const snippets = byContext.get(context.kind === 'document' ? 'document' : context.list) ?? [];
  // Replacing from column 0 lets the item fix the line's indentation; editors skip the leading
  // whitespace of the replaced text when they filter by what was typed (VS Code does).
  const start = { line: position.line, character: context.kind === 'document' ? 0 : context.replaceFrom };
  return snippets.map((s) => ({
    label: s.prefix,
    // After the schema's keys and values, in catalog order (Pod before Deployment, app before helpers).
    sortText: `9${String(SNIPPETS.indexOf(s)).padStart(3, '0')}`,
    kind: CompletionItemKind.Snippet,
    detail: s.name,
    documentation: documentation.get(s),
    insertTextFormat: InsertTextFormat.Snippet,
    // The text is indented for its place already: the editor must not indent it again.
    insertTextMode: InsertTextMode.asIs,
    textEdit: {
      range: { start, end: position },
      newText: context.kind === 'document' ? s.body.join('\n') : place(s.body, context.itemIndent, context.hasDash, context.replaceFrom),
    },
  }));
}
