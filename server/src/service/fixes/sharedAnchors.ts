import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { isCollection, Node, visit } from 'yaml';
import { resolveAlias } from '../model/anchors';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Fix } from '../rules/types';

/** An anchored node (`&res`) that aliases (`*res`) use elsewhere: its text is shared by `uses` places. */
interface SharedAnchor {
  readonly name: string;
  readonly uses: number;
  readonly range: Range;
  /** A block collection: lines inserted at its indentation belong to it. */
  readonly block: boolean;
  readonly column: number;
}

const anchorsMemo = new WeakMap<ParsedDocument, readonly SharedAnchor[]>();

function sharedAnchors(doc: ParsedDocument): readonly SharedAnchor[] {
  let found = anchorsMemo.get(doc);
  if (found) return found;
  const uses = new Map<Node, { name: string; count: number }>();
  if (doc.text.includes('*')) {
    visit(doc.yaml, {
      Alias(_, alias) {
        // Not alias.resolve(): it walks the whole document for each alias (see model/anchors.ts).
        const target = resolveAlias(doc.yaml, alias);
        if (!target?.range) return;
        const entry = uses.get(target) ?? { name: alias.source, count: 1 }; // the anchor's own place is a use too
        entry.count++;
        uses.set(target, entry);
      },
    });
  }
  found = [...uses].map(([node, { name, count }]) => ({
    name,
    uses: count,
    range: doc.range(node.range![0], node.range![1]),
    block: isCollection(node) && !node.flow,
    column: doc.position(node.range![0]).character,
  }));
  anchorsMemo.set(doc, found);
  return found;
}

const compare = (a: Position, b: Position): number => a.line - b.line || a.character - b.character;

function within(inner: Range, outer: Range): boolean {
  return compare(inner.start, outer.start) >= 0 && compare(inner.end, outer.end) <= 0;
}

function editsAnchor(anchor: SharedAnchor, edit: TextEdit): boolean {
  const { start, end } = edit.range;
  const insertion = compare(start, end) === 0;
  if (insertion && (start.character === 0 || /^\r?\n/.test(edit.newText))) {
    // New lines: at a line start, or after the end of a line (fixes/insert.ts adds entries so,
    // after the last value of the entry before them). They belong to whichever block collection
    // their indentation puts them in, not to a scalar or flow value on the line they follow.
    const indent = /^(?:\r?\n)?( *)/.exec(edit.newText)![1].length;
    if (!anchor.block) return compare(start, anchor.range.start) > 0 && compare(start, anchor.range.end) < 0;
    const lastLine = anchor.range.end.character === 0 ? anchor.range.end.line : anchor.range.end.line + 1;
    return start.line >= anchor.range.start.line && start.line <= lastLine && indent >= anchor.column;
  }
  return within(edit.range, anchor.range);
}

/**
 * Fixes that edit text under an anchor which aliases use elsewhere: a value reached through
 * `*res` is written at `&res`, so the edit changes every use at once. Such fixes are kept (the
 * mistake is in the shared text, and that edit, changing every use, is often just what is
 * wanted, as it would be by hand) but never preferred nor safe: whether the other uses want the
 * change too is not for one keystroke or fix-all to decide, and the title says what it touches.
 */
export function markSharedEdits(doc: ParsedDocument, fixes: readonly Fix[]): readonly Fix[] {
  if (!fixes.length) return fixes;
  const anchors = sharedAnchors(doc);
  if (!anchors.length) return fixes;
  return fixes.map((fix) => {
    let shared: SharedAnchor | undefined;
    for (const anchor of anchors) {
      if (!fix.edits.some((e) => editsAnchor(anchor, e))) continue;
      // Of anchors nested in one another and used as often, the innermost is the one the edited
      // value is written under (`&app` holding `resources: &res {...}`: the memory is &res's).
      if (!shared || anchor.uses > shared.uses || (anchor.uses === shared.uses && within(anchor.range, shared.range))) shared = anchor;
    }
    if (!shared) return fix;
    return { ...fix, title: `${fix.title} (edits the anchor &${shared.name}: changes its value shared by ${shared.uses} uses)`, isPreferred: false, safe: false };
  });
}
