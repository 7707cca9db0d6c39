import { Composer, CST, Document, Parser } from 'yaml';
import { compactTree } from './compactTree';
// Before any parse: node ranges are stored packed from the first tree on (see packedRanges.ts).
import './packedRanges';
import { KUBERNETES_YAML_OPTIONS } from './yamlDialect';

/**
 * The deepest nesting of collections podlint composes. The `yaml` composer recurses once per level:
 * ten thousand `[` overflow the stack (slowly, and with a meaningless "Maximum call stack size
 * exceeded" as the error). The parser's token tree is built without recursion, so its depth is
 * measured first and a deeper document is never composed. Real manifests nest a few dozen levels.
 */
export const MAX_DEPTH = 256;

export interface SafeParse {
  readonly yaml: Document.Parsed;
  /** Set when the document nests deeper than MAX_DEPTH: `yaml` is then an empty document. */
  readonly tooDeep: boolean;
}

/** Collection depth of a token tree, without recursion; stops counting past `limit`. */
function exceedsDepth(root: CST.Token, limit: number): boolean {
  const stack: [CST.Token, number][] = [[root, 0]];
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (CST.isCollection(token)) {
      if (depth + 1 > limit) return true;
      for (const { key, value } of token.items) {
        if (key) stack.push([key, depth + 1]);
        if (value) stack.push([value, depth + 1]);
      }
    }
  }
  return false;
}

/** `parseDocument` with a nesting limit checked before composing (see MAX_DEPTH). */
export function parseYaml(text: string): SafeParse {
  const tokens = [...new Parser().parse(text)];
  const tooDeep = tokens.some((t) => exceedsDepth(t, MAX_DEPTH));
  const composer = new Composer(KUBERNETES_YAML_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const d of composer.compose(tooDeep ? [] : tokens, true, tooDeep ? 0 : text.length)) {
    if (!doc) doc = d;
    else {
      // splitDocuments gives one document per chunk; a second one here is a parser corner case.
      doc.errors.push(...d.errors);
      break;
    }
  }
  compactTree(doc!);
  return { yaml: doc!, tooDeep };
}
