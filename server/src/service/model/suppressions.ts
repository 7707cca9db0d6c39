import { isScalar, visit } from 'yaml';
import type { ParsedDocument } from './parsedDocument';

/** One rule id named in a suppression comment, with where it is written (offsets in the document). */
export interface SuppressedId {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface SuppressionComment {
  readonly kind: 'disable' | 'disable-next-line';
  /** Zero-based line of the comment. */
  readonly line: number;
  /** The first line it silences: the comment's own line for `disable`, the next content line otherwise. */
  readonly from: number;
  /** The last line it silences (inclusive). */
  readonly to: number;
  /** Empty: every rule. */
  readonly ids: readonly SuppressedId[];
}

/**
 * `# podlint-disable rule-a, rule-b` silences the rules from its line to the end of the YAML
 * document (written at the top, the whole document); `# podlint-disable-next-line rule-a` silences
 * them on the next line with content. Without ids, every rule. Text after ` -- ` is a reason.
 */
// `m`: a comment at the start of any line, not only of the text.
const COMMENT = /(^|[ \t])#[ \t]*podlint-(disable-next-line|disable)(?![\w-])([^\n\r]*)/gm;
const ID = /[A-Za-z0-9_./-]+/g;

export function readSuppressions(doc: ParsedDocument): readonly SuppressionComment[] {
  const cached = memo.get(doc);
  if (cached) return cached;
  const found = doc.text.includes('podlint-disable') ? scan(doc) : [];
  memo.set(doc, found);
  return found;
}

const memo = new WeakMap<ParsedDocument, readonly SuppressionComment[]>();

function scan(doc: ParsedDocument): SuppressionComment[] {
  const text = doc.text;
  const scalars = scalarRanges(doc);
  const lastLine = doc.position(text.length).line;
  const comments: SuppressionComment[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const hash = m.index + m[1].length;
    // `#` inside a quoted or block scalar (a shell script in `args: |`) is text, not a comment.
    if (scalars.some(([s, e]) => hash >= s && hash < e)) continue;
    const kind = m[2] as SuppressionComment['kind'];
    const restStart = m.index + m[0].length - m[3].length;
    const rest = m[3].split(/\s--\s|\s--$/)[0];
    const ids: SuppressedId[] = [];
    for (const id of rest.matchAll(ID)) ids.push({ id: id[0], start: restStart + id.index, end: restStart + id.index + id[0].length });
    const line = doc.position(hash).line;
    if (kind === 'disable') {
      comments.push({ kind, line, from: line, to: lastLine, ids });
    } else {
      const target = nextContentLine(text, doc, hash) ?? line + 1;
      comments.push({ kind, line, from: target, to: target, ids });
    }
  }
  return comments;
}

/** The line after the comment's that holds something other than blanks and comments. */
function nextContentLine(text: string, doc: ParsedDocument, from: number): number | undefined {
  let at = text.indexOf('\n', from);
  while (at !== -1) {
    const lineStart = at + 1;
    const nl = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, nl === -1 ? text.length : nl).trim();
    if (line !== '' && !line.startsWith('#')) return doc.position(lineStart).line;
    at = nl;
  }
  return undefined;
}

/** Source ranges of the quoted and block scalars, where a `#` does not start a comment. */
function scalarRanges(doc: ParsedDocument): [number, number][] {
  const ranges: [number, number][] = [];
  const add = (node: unknown): void => {
    if (isScalar(node) && node.type !== 'PLAIN' && node.range) ranges.push([node.range[0], node.range[1]]);
  };
  visit(doc.yaml, { Scalar: (_, node) => add(node) });
  return ranges;
}

/** True when a suppression comment silences `rule` on a zero-based line of the document. */
export function isSuppressed(comments: readonly SuppressionComment[], rule: string, line: number): boolean {
  return comments.some((c) => line >= c.from && line <= c.to && (c.ids.length === 0 || c.ids.some((i) => i.id === rule)));
}
