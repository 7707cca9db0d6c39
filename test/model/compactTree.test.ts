import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, isCollection, isPair, parseDocument, visit } from 'yaml';
import { ParsedDocument } from '../../server/src/service/model/parsedDocument';
import { KUBERNETES_YAML_OPTIONS } from '../../server/src/service/model/yamlDialect';

function collections(doc: Document.Parsed): unknown[] {
  const found: unknown[] = [];
  visit(doc, { Map: (_, n) => void found.push(n), Seq: (_, n) => void found.push(n) });
  return found;
}

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: a}}\nspec:\n  containers:\n  - name: app\n    image: nginx\n    ports: [{containerPort: 80}]\n';

describe('the trees kept for open documents', () => {
  it('documents parsed alike share one Schema, in the document and in each collection', () => {
    const a = new ParsedDocument(POD).yaml;
    const b = new ParsedDocument(POD.replace('name: p', 'name: q')).yaml;
    assert.equal(a.schema, b.schema);
    const nodes = collections(b);
    assert.ok(nodes.length >= 5);
    for (const node of nodes) assert.equal((node as { schema: unknown }).schema, b.schema);
  });

  it('a %YAML 1.2 document keeps the core schema: sharing never mixes YAML versions', () => {
    const v11 = new ParsedDocument('a: yes\n');
    const v12 = new ParsedDocument('%YAML 1.2\n---\na: yes\n');
    assert.notEqual(v11.yaml.schema, v12.yaml.schema);
    assert.equal(v12.yaml.schema.name, 'core');
    assert.equal(new ParsedDocument('%YAML 1.2\n---\nb: no\n').yaml.schema, v12.yaml.schema);
    // YAML 1.1 (kubectl's) reads `yes` as a boolean, 1.2 as a string: each still resolves its own way.
    assert.deepEqual(v11.yaml.toJS(), { a: true });
    assert.deepEqual(v12.yaml.toJS(), { a: 'yes' });
  });

  it('the compacted tree holds the same items, ranges and values', () => {
    const doc = new ParsedDocument(POD);
    assert.deepEqual(doc.plain, { ok: true, value: doc.yaml.toJS() });
    const spec = doc.yaml.get('spec', true);
    assert.ok(isCollection(spec));
    const [containers] = spec.items;
    assert.ok(isPair(containers));
    assert.deepEqual(doc.nodeRange(containers.value as never), { start: { line: 5, character: 2 }, end: { line: 8, character: 0 } });
    // Printing (quick fixes edit through the tree) gives what the composer's own tree gives.
    assert.equal(doc.yaml.toString(), parseDocument(POD, KUBERNETES_YAML_OPTIONS).toString());
  });
});
