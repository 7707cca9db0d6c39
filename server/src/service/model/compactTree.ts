import { Document, isCollection, isPair, Schema } from 'yaml';

/**
 * Every parsed document keeps its tree for as long as its file is open (hovers, completions and
 * code actions read it; a document is parsed once per version), so what the `yaml` composer
 * leaves behind per document is multiplied by the documents of a stream. Two things are cut:
 *
 * - each document gets a Schema of its own (its tag list and settings, ~2.7 KB): documents parsed
 *   with the same options and YAML version share one instead;
 * - the composer grows each map's and sequence's `items` by pushing, which leaves room for 17
 *   items behind a collection of two or three (~150 bytes): a copy holds just the items.
 *
 * On a 1,000-document file that is a few MB of the trees' ~28 MB, with the same nodes.
 */
const schemas = new Map<string, Schema>();

function shared(schema: Schema): Schema {
  // The options are the same for every document (yamlDialect.ts): the name says which tags apply.
  const known = schemas.get(schema.name);
  if (known) return known;
  schemas.set(schema.name, schema);
  return schema;
}

export function compactTree(doc: Document.Parsed): void {
  const schema = shared(doc.schema);
  doc.schema = schema;
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isCollection(node)) {
      node.schema = schema;
      node.items = node.items.slice();
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
}
