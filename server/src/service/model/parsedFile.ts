import { Modeline, readModeline } from './modeline';
import { ParsedDocument } from './parsedDocument';
import { splitDocuments, TextChunk } from './splitDocuments';

/**
 * Parsing costs about a second per MiB and a tree of tens of bytes per character: past these sizes a
 * document is not parsed (yaml-limits says so). etcd, behind the API server, refuses a request over
 * 1.5 MiB by default, so no real object is larger; a file holds many objects, hence its own limits.
 */
export const MAX_DOCUMENT_CHARS = 1.5 * 1024 * 1024;
export const MAX_FILE_CHARS = 2 * 1024 * 1024;
/** Each YAML document costs a parser and a tree of its own, even an empty one. */
export const MAX_DOCUMENTS = 5000;

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
 *
 * An edit leaves the documents before and after it as they were, so those are matched in order
 * from both ends by string comparison; only the documents in between (the edited ones, or a
 * stream whose documents moved) are looked up by text, which hashes them. Hashing every
 * document's text on every keystroke costs more than re-checking the one that changed.
 */
export function parseFile(text: string, previous?: ParsedFile): ParsedFile {
  const slots = limitedChunks(text);
  const old = previous?.documents ?? [];
  const same = (i: number, o: number): boolean => slots[i].chunk.text === old[o].chunk.text && slots[i].unchecked === uncheckedOf(old[o].document);
  const documents: DocumentSlot[] = new Array(slots.length);
  let head = 0;
  while (head < slots.length && head < old.length && same(head, head)) {
    documents[head] = { chunk: slots[head].chunk, document: old[head].document };
    head++;
  }
  let tail = 0;
  while (tail < slots.length - head && tail < old.length - head && same(slots.length - 1 - tail, old.length - 1 - tail)) {
    const i = slots.length - 1 - tail;
    documents[i] = { chunk: slots[i].chunk, document: old[old.length - 1 - tail].document };
    tail++;
  }
  const reusable = new Map<string, ParsedDocument[]>();
  for (let i = head; i < old.length - tail; i++) {
    const slot = old[i];
    const list = reusable.get(slot.chunk.text);
    if (list) list.push(slot.document);
    else reusable.set(slot.chunk.text, [slot.document]);
  }
  for (let i = head; i < slots.length - tail; i++) {
    const { chunk, unchecked } = slots[i];
    const candidates = reusable.get(chunk.text);
    const at = candidates?.findIndex((d) => uncheckedOf(d) === unchecked) ?? -1;
    const reused = at === -1 ? undefined : candidates!.splice(at, 1)[0];
    // A first parse shares the file's text (it is kept anyway); after an edit, see detached().
    documents[i] = { chunk, document: reused ?? new ParsedDocument(previous ? detached(chunk.text) : chunk.text, unchecked) };
  }
  return new ParsedFile(text, documents);
}

/**
 * The text of one document as a string of its own. V8 makes a `slice` (the chunks of
 * splitDocuments, and the parser's longer scalars cut from a chunk) a view that keeps its whole
 * parent alive: a document reused across edits would keep the text of the version it was parsed
 * in, one copy of the file for every version an edited document came from (50 edits in 50 pods of
 * a 50,000-line file kept 69 MB). A concatenation, then a slice of it, makes V8 copy the
 * document's characters into a new string instead. Documents of a first parse keep that version's
 * text, as the editor does: at most one older copy of the file stays alive.
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}

function uncheckedOf(d: ParsedDocument): string | undefined {
  // Not through d.plain: this runs for every document on every edit, and the plain value may have
  // to be converted again (see ParsedDocument.derived).
  return d.uncheckedReason;
}

/** The file's documents, with the size and count limits applied: what is past them is not parsed. */
function limitedChunks(text: string): { chunk: TextChunk; unchecked?: string }[] {
  const chunks = splitDocuments(text);
  const slots: { chunk: TextChunk; unchecked?: string }[] = [];
  for (let i = 0; i < chunks.length; i++) {
    let chunk = chunks[i];
    let unchecked: string | undefined;
    const pastSize = chunk.offset + chunk.text.length > MAX_FILE_CHARS && chunk.offset > 0;
    if (pastSize || i === MAX_DOCUMENTS) {
      // Past a file limit the rest of the file is one unparsed slot: its cost does not grow with it.
      const rest = chunks.length - i - 1;
      const limit = pastSize ? `the first ${megabytes(MAX_FILE_CHARS)} of a file, and this document ends beyond it` : `the first ${MAX_DOCUMENTS} documents of a file`;
      chunk = { ...chunk, text: text.slice(chunk.offset) };
      unchecked = `podlint checks ${limit}${rest ? ` (the ${rest} documents after this one are not checked either)` : ''}`;
      i = chunks.length;
    } else if (chunk.text.length > MAX_DOCUMENT_CHARS) {
      unchecked = `it is ${megabytes(chunk.text.length)}, more than the ${megabytes(MAX_DOCUMENT_CHARS)} that etcd stores in one request by default, so the API server cannot store it either`;
    }
    slots.push({ chunk, unchecked });
  }
  return slots;
}

function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MiB`;
}
