import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Document, isNode, Node, parseDocument, Scalar, visit, YAMLMap } from 'yaml';
import { ParsedDocument } from '../../server/src/service/model/parsedDocument';

const SERVICE = path.join(__dirname, '..', '..', 'server', 'out', 'service');

const MANIFEST = [
  '# a pod with every kind of node',
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: p, labels: {app: "a", tier: \'b\'}}  # flow',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: nginx:1.27',
  '    args: [--port, "8080"]',
  '    resources: &res',
  '      limits: {cpu: 500m}',
  '    command:',
  '    - sh',
  '    - |',
  '      echo hi',
  '  - name: side',
  '    image: busybox',
  '    resources: *res   # an alias',
  '',
].join('\n');

function nodes(doc: Document): Node[] {
  const found: Node[] = [];
  visit(doc, (_, n) => void (isNode(n) && found.push(n)));
  return found;
}

/** Every node's range as the `yaml` package gives it, in a process where podlint never loaded. */
function composerRanges(text: string): number[][] {
  const script = `
    const { parseDocument, visit, isNode } = require('yaml');
    const found = [];
    visit(parseDocument(${JSON.stringify(text)}, { version: '1.1' }), (_, n) => void (isNode(n) && found.push(n.range)));
    process.stdout.write(JSON.stringify(found));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: path.join(__dirname, '..', '..') });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as number[][];
}

describe('node ranges, stored packed (model/packedRanges.ts)', () => {
  it('read back exactly what the yaml composer gives, for every kind of node', () => {
    const ours = nodes(new ParsedDocument(MANIFEST).yaml).map((n) => n.range);
    assert.ok(ours.length > 30);
    assert.deepEqual(ours, composerRanges(MANIFEST));
  });

  it('keep the end the composer moves past the comment after an empty value', () => {
    // composeEmptyNode writes `node.range[2] = end` into the array it reads back: on a copy the
    // write was lost, and the maps holding the value ended before the comment.
    const text = 'spec:\n  resources: # todo\n  other:   # later\n---\n';
    const text2 = 'a: {b: # c\n  , d: 1}\nlist:\n- # empty item\n- x\n';
    for (const t of [text, text2]) {
      assert.deepEqual(nodes(new ParsedDocument(t).yaml).map((n) => n.range), composerRanges(t));
    }
    const spec = (new ParsedDocument(text).yaml.contents as YAMLMap).items[0].value as Node;
    assert.equal(text.slice(spec.range![0], spec.range![1]), 'resources: # todo\n  other:   # later\n');
  });

  it('are not kept as an array on each node', () => {
    const all = nodes(new ParsedDocument(MANIFEST).yaml);
    const withOwnArray = all.filter((n) => Object.getOwnPropertyDescriptor(n, 'range') !== undefined);
    assert.deepEqual(withOwnArray, []);
  });

  it('survive clone(), and a node built in code has none', () => {
    const doc = parseDocument('a: [1, 2]\n');
    const seq = doc.get('a', true) as Node;
    assert.deepEqual(seq.range, [3, 9, 10]);
    const copy = seq.clone();
    assert.deepEqual(copy.range, [3, 9, 10]);
    copy.range = [0, 1, 2];
    assert.deepEqual(seq.range, [3, 9, 10], 'the copy has ranges of its own');
    assert.equal(new Scalar('x').range, undefined);
  });

  it('cost less heap than arrays would: 24 bytes of fields per node instead of ~80', () => {
    const script = `
      require(${JSON.stringify(SERVICE)});
      const { parseDocument } = require('yaml');
      const text = Array.from({ length: 20000 }, (_, i) => 'key' + i + ': [value' + i + ', ' + i + ']').join('\\n');
      gc(); gc();
      const before = process.memoryUsage().heapUsed;
      const doc = parseDocument(text);
      gc(); gc();
      const after = process.memoryUsage().heapUsed;
      let nodes = 0;
      for (const pair of doc.contents.items) nodes += 2 + pair.value.items.length;
      process.stdout.write(JSON.stringify({ perNode: (after - before) / nodes, kept: doc.contents.items.length }));`;
    const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8', cwd: path.join(__dirname, '..', '..') });
    assert.equal(r.status, 0, r.stderr);
    const { perNode } = JSON.parse(r.stdout) as { perNode: number };
    // Per ranged node (a key, a flow sequence and its two items per line, pairs included), measured:
    // 173 bytes with range arrays (the yaml package alone), 116 packed.
    assert.ok(perNode < 140, `${perNode.toFixed(1)} bytes per node`);
  });
});
