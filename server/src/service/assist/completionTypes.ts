import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { ParsedFile } from '../model/parsedFile';
import type { KubernetesSchema } from '../schema/schemaStore';
import type { CursorContext } from './cursorContext';

/** One completion request, read once and shared by every provider. */
export interface CompletionRequest {
  readonly file: ParsedFile;
  readonly position: Position;
  readonly schema: KubernetesSchema;
  /** Where the cursor is (a key, a value), or undefined where the layout says nothing. */
  readonly context: CursorContext | undefined;
  /** The character whose typing asked for completions (LSP `triggerCharacter`), if any. */
  readonly triggerCharacter?: string;
}

/**
 * Whether a typed trigger character is a moment to offer keys and values: `:` right after a key,
 * a space after `key:` or after a `- ` marker. A space typed as indentation or inside a value is not.
 */
export function triggeredHere(request: CompletionRequest): boolean {
  const { triggerCharacter: typed, context } = request;
  if (typed === undefined) return true;
  if (!context) return false;
  const line = context.lines[context.line].slice(0, request.position.character);
  if (context.type === 'value') return typed === ':' ? context.needsSpace : /:[ \t]$/.test(line);
  return typed === ' ' && /(^|\s)-[ \t]$/.test(line);
}

/** A source of completion items; `complete()` concatenates what every registered provider returns. */
export type CompletionProvider = (request: CompletionRequest) => CompletionItem[];
