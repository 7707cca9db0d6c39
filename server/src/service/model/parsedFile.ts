import { Modeline, readModeline } from './modeline';
import { ParsedDocument } from './parsedDocument';
import { splitDocuments, TextChunk } from './splitDocuments';

export interface DocumentSlot {
  readonly chunk: TextChunk;
  readonly document: ParsedDocument;
}

/** A whole file: its YAML documents, each parsed once. */
export class ParsedFile {
  private modelineRead = false;
  private modelineValue: Modeline | undefined;

  constructor(
    readonly text: string,
    readonly documents: readonly DocumentSlot[],
  ) {}

  /** The `# podlint: kubernetes=...` comment that opens the file, if any (read once per parse). */
  get modeline(): Modeline | undefined {
    if (!this.modelineRead) {
      this.modelineValue = readModeline(this.text);
      this.modelineRead = true;
    }
    return this.modelineValue;
  }

  /** True when any document is, or is meant to be, a Kubernetes object. */
  get hasKubernetesObjects(): boolean {
    return this.documents.some((d) => d.document.looksKubernetes);
  }

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
 */
export function parseFile(text: string, previous?: ParsedFile): ParsedFile {
  const reusable = new Map<string, ParsedDocument[]>();
  for (const slot of previous?.documents ?? []) {
    const list = reusable.get(slot.chunk.text);
    if (list) list.push(slot.document);
    else reusable.set(slot.chunk.text, [slot.document]);
  }
  const documents = splitDocuments(text).map((chunk) => ({
    chunk,
    document: reusable.get(chunk.text)?.shift() ?? new ParsedDocument(chunk.text),
  }));
  return new ParsedFile(text, documents);
}
