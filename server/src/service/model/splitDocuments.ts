/**
 * One YAML document of a stream, as text. Kubernetes' own reader (apimachinery's YAMLReader)
 * splits streams on `---` lines the same way; splitting here lets each document be parsed,
 * validated and cached on its own, so an edit re-checks only the document it touched.
 */
export interface TextChunk {
  readonly text: string;
  /** Offset of the chunk's first character in the whole text. */
  readonly offset: number;
  /** Zero-based line of the chunk's first character in the whole text. */
  readonly line: number;
}

const DASH = 45; // '-'
const DOT = 46; // '.'

function isMarker(text: string, at: number, ch: number): boolean {
  if (text.charCodeAt(at) !== ch || text.charCodeAt(at + 1) !== ch || text.charCodeAt(at + 2) !== ch) return false;
  const next = text.charCodeAt(at + 3);
  // End of text, or whitespace: `---` followed by content (`--- !tag`, `--- # c`) is still a marker.
  return Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13;
}

/** Only directives, comments and blank lines; stops at the first other line (every chunk is tested). */
function isPreambleOnly(chunk: string): boolean {
  let sawDirective = false;
  for (let start = 0; start < chunk.length; ) {
    const nl = chunk.indexOf('\n', start);
    const end = nl === -1 ? chunk.length : nl;
    const t = chunk.slice(start, end).trim();
    if (t.startsWith('%')) sawDirective = true;
    else if (t !== '' && !t.startsWith('#')) return false;
    start = end + 1;
  }
  return sawDirective;
}

export function splitDocuments(text: string): TextChunk[] {
  const starts: number[] = [0];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineStart = bom;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl + 1;
    if (isMarker(text, lineStart, DASH)) {
      // A marker on the first line opens the first document rather than ending an empty one.
      if (lineStart > (starts.length === 1 ? bom : starts[starts.length - 1])) starts.push(lineStart);
    } else if (isMarker(text, lineStart, DOT)) {
      if (lineEnd < text.length) starts.push(lineEnd); // `...` ends a document; the next one may start bare
    }
    lineStart = lineEnd;
  }
  const chunks: TextChunk[] = [];
  let line = 0;
  let pending: { offset: number; line: number } | undefined;
  for (let i = 0; i < starts.length; i++) {
    const offset = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const chunkText = text.slice(offset, end);
    const begin = pending ?? { offset, line };
    // Directives (`%YAML 1.2`) belong to the document after them.
    if (i + 1 < starts.length && isPreambleOnly(chunkText)) {
      pending = begin;
    } else {
      chunks.push({ text: text.slice(begin.offset, end), offset: begin.offset, line: begin.line });
      pending = undefined;
    }
    line += countNewlines(chunkText);
  }
  return chunks;
}

/** Line ends as LSP counts them: `\n`, `\r\n`, and a lone `\r`. */
function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  for (let i = s.indexOf('\r'); i !== -1; i = s.indexOf('\r', i + 1)) if (s.charCodeAt(i + 1) !== 10) n++;
  return n;
}
