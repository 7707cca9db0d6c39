/**
 * Expands VS Code / LSP snippet text the way the editor does, independently of podlint's own
 * snippet compiler: tab stops (`$1`, `${1}`), placeholders with nested defaults (`${1:web}`),
 * choices (`${1|a,b|}`), escapes (`\$`, `\}`, `\\`). Every occurrence of a tab stop takes the same
 * value (the first placeholder with a default defines it), as the editor mirrors them. Variables
 * (`$TM_FILENAME`) are refused: podlint's snippets have none, so one would be an escaping bug.
 */
type Node = string | { index: number; children?: Node[]; choices?: string[] };

export interface TabStopInfo {
  readonly index: number;
  readonly default: string;
  readonly choices?: readonly string[];
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Node[] {
    const nodes = this.nodes(false);
    if (this.pos !== this.src.length) throw new Error(`unexpected "}" at ${this.pos}`);
    return nodes;
  }

  private nodes(inPlaceholder: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\' && '$}\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === '$') {
        if (text) out.push(text);
        text = '';
        out.push(this.tabStop());
      } else if (c === '}' && inPlaceholder) {
        break;
      } else {
        text += c;
        this.pos++;
      }
    }
    if (text) out.push(text);
    return out;
  }

  private tabStop(): Node {
    this.pos++; // $
    const bare = /^\d+/.exec(this.src.slice(this.pos));
    if (bare) {
      this.pos += bare[0].length;
      return { index: Number(bare[0]) };
    }
    const m = /^\{(\d+)([:|}])/.exec(this.src.slice(this.pos));
    if (!m) throw new Error(`not a tab stop at ${this.pos - 1}: "${this.src.slice(this.pos - 1, this.pos + 20)}" (a variable, or an unescaped $)`);
    this.pos += m[0].length;
    const index = Number(m[1]);
    if (m[2] === '}') return { index };
    if (m[2] === ':') {
      const children = this.nodes(true);
      this.expect('}');
      return { index, children };
    }
    const choices: string[] = [];
    let option = '';
    for (;;) {
      const c = this.src[this.pos++];
      if (c === undefined) throw new Error('unterminated choice');
      if (c === '\\' && ',|$}\\'.includes(this.src[this.pos] ?? '')) option += this.src[this.pos++];
      else if (c === ',') (choices.push(option), (option = ''));
      else if (c === '|') break;
      else option += c;
    }
    choices.push(option);
    this.expect('}');
    return { index, choices };
  }

  private expect(c: string): void {
    if (this.src[this.pos] !== c) throw new Error(`expected "${c}" at ${this.pos}`);
    this.pos++;
  }
}

export class ExpandableSnippet {
  private readonly nodes: Node[];
  /** Per tab stop, what it shows by default: the content of its first occurrence that has one. */
  private readonly definitions = new Map<number, { nodes: Node[]; choices?: string[] }>();
  private readonly order: number[] = [];

  constructor(readonly source: string) {
    this.nodes = new Parser(source).parse();
    const walk = (nodes: Node[]): void => {
      for (const n of nodes) {
        if (typeof n === 'string') continue;
        if (!this.order.includes(n.index)) this.order.push(n.index);
        if (!this.definitions.has(n.index) && (n.children || n.choices)) {
          this.definitions.set(n.index, n.choices ? { nodes: [n.choices[0]], choices: n.choices } : { nodes: n.children! });
        }
        if (n.children) walk(n.children);
      }
    };
    walk(this.nodes);
  }

  /** The tab stops by number, with the value each takes by default and its choices. */
  tabStops(): TabStopInfo[] {
    return [...this.order]
      .sort((a, b) => a - b)
      .map((index) => {
        const d = this.definitions.get(index);
        return { index, default: d ? this.render(d.nodes, new Map()) : '', choices: d?.choices };
      });
  }

  /** The inserted text when the user types `values` (by tab stop) and keeps every other default. */
  expand(values: ReadonlyMap<number, string> = new Map()): string {
    return this.render(this.nodes, values);
  }

  private render(nodes: Node[], values: ReadonlyMap<number, string>): string {
    return nodes
      .map((n) => {
        if (typeof n === 'string') return n;
        if (values.has(n.index)) return values.get(n.index)!;
        const d = this.definitions.get(n.index);
        return d ? this.render(d.nodes, values) : '';
      })
      .join('');
  }
}
