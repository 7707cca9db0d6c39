import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { ParsedFile } from '../model/parsedFile';
import type { KubernetesSchema } from '../schema/schemaStore';
import { snippetCompletions } from '../snippets/completions';
import { CompletionProvider, CompletionRequest, triggeredHere } from './completionTypes';
import { cursorContext } from './cursorContext';
import { flowKeyCompletions } from './flowKeyCompletions';
import { keyCompletions, typeMetaCompletions } from './keyCompletions';
import { valueCompletions } from './valueCompletions';

/** Snippets (a pod on an empty document, containers where a container goes); typed only after `- `. */
const snippets: CompletionProvider = (req) => (req.triggerCharacter === undefined || (req.triggerCharacter === ' ' && triggeredHere(req)) ? snippetCompletions(req.file, req.position) : []);

/** Every source of completions, in the order their items are listed; add new ones here. */
export const COMPLETION_PROVIDERS: readonly CompletionProvider[] = [keyCompletions, flowKeyCompletions, typeMetaCompletions, valueCompletions, snippets];

/** The single entry point for completions: reads the cursor once, asks every provider. */
export function complete(
  file: ParsedFile,
  position: Position,
  schema: KubernetesSchema,
  triggerCharacter?: string,
  providers = COMPLETION_PROVIDERS,
): CompletionItem[] {
  const request: CompletionRequest = { file, position, schema, context: cursorContext(file, position), triggerCharacter };
  return providers.flatMap((provide) => provide(request));
}
