/**
 * Snippet templates: YAML with named placeholders, compiled to VS Code's snippet syntax.
 *
 * `{{id:default}}` is a placeholder, `{{id|a,b}}` a choice (the first option is the default) and
 * `{{id}}` the same value again. Every occurrence of one id becomes the same tab stop, so names
 * that must agree (a volume and its mounts, a named port and its probe, a selector and the
 * template's labels) change together. Tab stops are numbered in order of first appearance, which
 * is the order the user visits them. Naming them instead of numbering them by hand lets the
 * patterns be assembled from shared container parts without renumbering.
 */

const TOKEN = /\{\{(\w+)(?::([^}]*)|\|([^}]*))?\}\}/g;

export interface CompiledTemplate {
  /** The snippet in VS Code / LSP snippet syntax, one string per line. */
  readonly body: readonly string[];
  /** The text the snippet inserts when every tab stop keeps its default. */
  readonly text: string;
  /** The placeholders' ids, in tab-stop order (tab stop 1 first). */
  readonly tabStops: readonly string[];
}

interface TabStop {
  readonly index: number;
  readonly default: string;
  readonly choices?: readonly string[];
}

/** `$`, `}` and `\` are syntax in snippets: escape them so YAML text is inserted as written. */
const escapeText = (s: string): string => s.replace(/[\\$]/g, (c) => `\\${c}`);
const escapePlaceholder = (s: string): string => s.replace(/[\\$}]/g, (c) => `\\${c}`);

function collectTabStops(template: string): Map<string, TabStop> {
  const defaults = new Map<string, { default?: string; choices?: string[] }>();
  const order: string[] = [];
  for (const m of template.matchAll(TOKEN)) {
    const [, id, value, choiceList] = m;
    if (!defaults.has(id)) {
      defaults.set(id, {});
      order.push(id);
    }
    const entry = defaults.get(id)!;
    const given = choiceList !== undefined ? choiceList.split(',') : value !== undefined ? [value] : undefined;
    if (!given) continue;
    if (given.some((c) => c === '' || /[|,\\$}]/.test(c))) throw new Error(`snippet placeholder ${id}: empty value or a reserved character in "${m[0]}"`);
    if (entry.default !== undefined && entry.default !== given[0]) throw new Error(`snippet placeholder ${id}: defaults disagree ("${entry.default}", "${given[0]}")`);
    entry.default = given[0];
    if (choiceList !== undefined) entry.choices = given;
  }
  const stops = new Map<string, TabStop>();
  order.forEach((id, i) => {
    const entry = defaults.get(id)!;
    if (entry.default === undefined) throw new Error(`snippet placeholder ${id} has no default`);
    stops.set(id, { index: i + 1, default: entry.default, choices: entry.choices });
  });
  return stops;
}

export function compileTemplate(template: string): CompiledTemplate {
  const stops = collectTabStops(template);
  const emitted = new Set<string>();
  let body = '';
  let text = '';
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    const literal = template.slice(last, m.index);
    body += escapeText(literal);
    text += literal;
    last = m.index! + m[0].length;
    const stop = stops.get(m[1])!;
    text += stop.default;
    if (emitted.has(m[1])) {
      // Later occurrences mirror the first: VS Code fills them with its value and edits them together.
      body += `\${${stop.index}}`;
    } else {
      emitted.add(m[1]);
      body += stop.choices ? `\${${stop.index}|${stop.choices.join(',')}|}` : `\${${stop.index}:${escapePlaceholder(stop.default)}}`;
    }
  }
  body += escapeText(template.slice(last));
  text += template.slice(last);
  return { body: body.split('\n'), text, tabStops: [...stops.keys()] };
}

/** Indents every non-empty line of a block by `n` spaces. */
export function indent(block: string, n: number): string {
  const pad = ' '.repeat(n);
  return block
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}
