import { ParsedDocument } from './parsedDocument';
import { splitDocuments, TextChunk } from './splitDocuments';

export interface DocumentSlot {
  readonly chunk: TextChunk;
  readonly document: ParsedDocument;
}

/** A whole file: its YAML documents, each parsed once. */
export class ParsedFile {
  constructor(
    readonly text: string,
    readonly documents: readonly DocumentSlot[],
  ) {}

  /** The document that contains a zero-based line of the file. */
  documentAtLine(line: number): DocumentSlot | undefined {
    let found: DocumentSlot | undefined;
    for (const slot of this.documents) {
      if (slot.chunk.line > line) break;
      found = slot;
    }
    return found;
  }
}

/**
 * Parses a file, reusing the parsed documents of `previous` whose text did not change: typing in
 * one document of a 1,000-document stream re-parses that document only.
 *
 * An edit leaves the documents before and after it as they were, so those are matched in order
 * from both ends by string comparison; only the documents in between (the edited ones, or a
 * stream whose documents moved) are looked up by text, which hashes them. Hashing every
 * document's text on every keystroke costs more than re-checking the one that changed.
 */
export function parseFile(text: string, previous?: ParsedFile): ParsedFile {
  const chunks = splitDocuments(text);
  const old = previous?.documents ?? [];
  const documents: DocumentSlot[] = new Array(chunks.length);
  let head = 0;
  while (head < chunks.length && head < old.length && chunks[head].text === old[head].chunk.text) {
    documents[head] = { chunk: chunks[head], document: old[head].document };
    head++;
  }
  let tail = 0;
  while (tail < chunks.length - head && tail < old.length - head && chunks[chunks.length - 1 - tail].text === old[old.length - 1 - tail].chunk.text) {
    const i = chunks.length - 1 - tail;
    documents[i] = { chunk: chunks[i], document: old[old.length - 1 - tail].document };
    tail++;
  }
  const reusable = new Map<string, ParsedDocument[]>();
  for (let i = head; i < old.length - tail; i++) {
    const slot = old[i];
    const list = reusable.get(slot.chunk.text);
    if (list) list.push(slot.document);
    else reusable.set(slot.chunk.text, [slot.document]);
  }
  for (let i = head; i < chunks.length - tail; i++) {
    const chunk = chunks[i];
    documents[i] = { chunk, document: reusable.get(chunk.text)?.shift() ?? new ParsedDocument(chunk.text) };
  }
  return new ParsedFile(text, documents);
}
