import { Document, isMap, isScalar, LineCounter, Node } from 'yaml';
import type { Position, Range } from 'vscode-languageserver-types';
import { nearestNode, nodeAt, NodeLocation } from './nodeAt';
import { isPlainObject, Path } from './path';
import { findPodSpecs, PodSpecModel } from './podModel';
import { PlainResult, scalarKey, toPlainValue } from './toPlainValue';
import { duplicateKeyOffsets } from './duplicateKeys';
import { MAX_DEPTH, parseYaml } from './safeParse';

/** A problem the YAML parser found, in offsets of this document's text. */
export interface SyntaxIssue {
  readonly code: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** Fatal issues leave a tree that does not say what the user meant: nothing else is checked. */
  readonly fatal: boolean;
}

interface Derived {
  readonly plain: PlainResult | undefined;
  readonly object: KubernetesObject | undefined;
  readonly podSpecs: readonly PodSpecModel[];
}

export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly value: Record<string, unknown>;
}

/** Parser findings that still leave an unambiguous tree (the value is checked as well). */
const NON_FATAL = new Set(['DUPLICATE_KEY', 'BAD_DQ_ESCAPE', 'TAG_RESOLVE_FAILED']);

/**
 * One YAML document of a file, parsed once: the tree with source ranges, the plain value the
 * API server would receive, and, for a Kubernetes object, its pod specs. Positions are relative
 * to the document's own text; the file-level analysis shifts them by the document's first line.
 */
export class ParsedDocument {
  readonly lineCounter = new LineCounter();
  readonly yaml: Document.Parsed;
  readonly syntaxIssues: readonly SyntaxIssue[];
  /** The parser could not make sense of the text: only the syntax error is worth reporting. */
  readonly fatal: boolean;
  /** True when the document is, or is plainly meant to be, a Kubernetes object. */
  readonly looksKubernetes: boolean;
  /** Why the document has no plain value, when that is known without converting (see derived()). */
  private readonly unconverted: PlainResult | undefined;
  /** The plain value and what is read from it: held weakly, see derived(). */
  private derivedRef: WeakRef<Derived> | undefined;

  /** `unchecked` says why the text is too large to parse: the document is then kept, not parsed. */
  constructor(
    readonly text: string,
    unchecked?: string,
  ) {
    countLines(text, this.lineCounter);
    const parsed = unchecked === undefined ? parseYaml(text) : { yaml: parseYaml('').yaml, tooDeep: false };
    this.yaml = parsed.yaml;
    const issues: SyntaxIssue[] = [];
    for (const e of [...this.yaml.errors, ...this.yaml.warnings]) {
      const [start, end] = e.pos;
      issues.push({ code: e.code, message: e.message, start, end: Math.max(end, start), fatal: !NON_FATAL.has(e.code) });
    }
    for (const start of duplicateKeyOffsets(this.yaml)) {
      issues.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', start, end: start, fatal: false });
    }
    this.syntaxIssues = issues;
    this.fatal = issues.some((i) => i.fatal);
    if (unchecked !== undefined) this.unconverted = { ok: false, reason: 'too-large', detail: unchecked };
    else if (parsed.tooDeep) this.unconverted = { ok: false, reason: 'too-deep', detail: `nesting is deeper than ${MAX_DEPTH} levels` };
    const derived = this.derived();
    this.looksKubernetes = derived.object !== undefined || looksLikeKubernetes(this.yaml, text);
  }

  /**
   * The line end new lines get: the document's own (CRLF files stay CRLF). Where both are used,
   * the one most lines end with, as VS Code decides a file's line end, so one pasted CRLF line
   * does not make an LF file's fixes write CRLF.
   */
  get lineEnd(): '\n' | '\r\n' {
    // Rules build their fixes on every validation: counted once per document.
    if (this.cachedLineEnd === undefined) {
      let lf = 0;
      let crlf = 0;
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) {
        lf++;
        if (this.text[i - 1] === '\r') crlf++;
      }
      this.cachedLineEnd = crlf * 2 > lf ? '\r\n' : '\n';
    }
    return this.cachedLineEnd;
  }

  private cachedLineEnd: '\n' | '\r\n' | undefined;

  /** Why the document was not parsed, when it is over a size limit (read without converting it). */
  get uncheckedReason(): string | undefined {
    return this.unconverted?.ok === false && this.unconverted.reason === 'too-large' ? this.unconverted.detail : undefined;
  }

  /** The value the API server would receive, or why there is none (undefined: the YAML is broken). */
  get plain(): PlainResult | undefined {
    return this.derived().plain;
  }

  get object(): KubernetesObject | undefined {
    return this.derived().object;
  }

  get podSpecs(): readonly PodSpecModel[] {
    return this.derived().podSpecs;
  }

  /**
   * The plain value is a second copy of the document's data (~4.6 MB for a 50,000-line file), read
   * when the document is checked, and afterwards only by the hover, completion or fix at hand, for
   * this one document: findings are memoised (rules/engine.ts). So it is held through a WeakRef
   * and converted again from the tree, which is kept, if the garbage collector has taken it. A
   * WeakRef's target stays alive until the current task ends, so everything one check or one
   * request reads comes from the same conversion. Conversion is deterministic: the same tree gives
   * an equal value.
   */
  private derived(): Derived {
    const known = this.derivedRef?.deref();
    if (known) return known;
    const plain = this.unconverted ?? (this.fatal ? undefined : toPlainValue(this.yaml, 100_000 + 2 * this.text.length, this.text.includes('*')));
    const value = plain?.ok ? plain.value : undefined;
    const object = isPlainObject(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string' ? { apiVersion: value.apiVersion, kind: value.kind, value } : undefined;
    const derived = { plain, object, podSpecs: object ? findPodSpecs(object.kind, object.value) : [] };
    this.derivedRef = new WeakRef(derived);
    return derived;
  }

  nodeAt(path: Path): NodeLocation | undefined {
    return nodeAt(this.yaml, path);
  }

  nearestNode(path: Path): { path: Path; location: NodeLocation } {
    return nearestNode(this.yaml, path);
  }

  position(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line: line - 1, character: col - 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The source range of a node, without the comments and blank lines that may trail it. */
  nodeRange(node: Node | null | undefined): Range | undefined {
    const r = node?.range;
    if (!r) return undefined;
    return this.range(r[0], r[1]);
  }
}

/**
 * A broken document cannot be converted, but if it plainly starts a Kubernetes object its syntax
 * errors matter; a CI file, a compose file or a chart's values file gets no diagnostics.
 */
function looksLikeKubernetes(doc: Document, text: string): boolean {
  const top = doc.contents;
  const keys = isMap(top) ? top.items.map((p) => (isScalar(p.key) ? scalarKey(p.key) : undefined)) : [];
  const hasApiVersion = keys.includes('apiVersion') || /^["']?apiVersion["']?\s*:/m.test(text);
  const hasKind = keys.includes('kind') || /(^|\s|[{,])["']?kind["']?\s*:/m.test(text);
  return hasApiVersion && hasKind;
}

/**
 * Line starts as LSP counts them (`\n`, `\r\n` and a lone `\r` end a line). Not the parser's
 * LineCounter: after some syntax errors it skips a newline (`*a: b}\nc: d` loses line 2), and every
 * later position would then point past the end of its line.
 */
function countLines(text: string, lineCounter: LineCounter): void {
  lineCounter.addNewLine(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineCounter.addNewLine(i + 1);
  }
}
