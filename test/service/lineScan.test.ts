import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indentStyle, placeAt, scanLine, siblingKeys } from '../../server/src/service/assist/lineScan';

/** placeAt for the line holding `mark`, at the cursor's column, with that line's own `- ` markers. */
function place(marked: string, mark = '|') {
  const lines = marked.split('\n');
  const line = lines.findIndex((l) => l.includes(mark));
  const col = lines[line].indexOf(mark);
  lines[line] = lines[line].replace(mark, '');
  const dashes = scanLine(lines[line]).dashes.filter((d) => d < col);
  return placeAt(lines, line, col, dashes);
}

describe('reading block YAML by its layout', () => {
  it('scans keys, quoted keys, markers, values and comments', () => {
    assert.deepEqual(scanLine('  - - "a b": x # c'), { dashes: [2, 4], contentCol: 6, key: 'a b', keyEnd: 11, value: 'x', valueCol: 13 });
    assert.deepEqual(scanLine("    'it''s':"), { dashes: [], contentCol: 4, key: "it's", keyEnd: 11, value: '', valueCol: 12 });
    assert.deepEqual(scanLine('  kubernetes.io/arch: arm64'), { dashes: [], contentCol: 2, key: 'kubernetes.io/arch', keyEnd: 20, value: 'arm64', valueCol: 22 });
    assert.deepEqual(scanLine('    # only a comment'), { dashes: [], contentCol: -1 });
    assert.deepEqual(scanLine('  -'), { dashes: [2], contentCol: 3 });
    assert.deepEqual(scanLine('  image: "a:b # not a comment"'), { dashes: [], contentCol: 2, key: 'image', keyEnd: 7, value: '"a:b # not a comment"', valueCol: 9 });
    assert.deepEqual(scanLine(`apiVersion: 'apps/v1' # a comment`), { dashes: [], contentCol: 0, key: 'apiVersion', keyEnd: 10, value: "'apps/v1'", valueCol: 12 });
  });

  it('places a column in the mapping or list it belongs to, counting list items', () => {
    const spec = 'spec:\n  containers:\n    - name: a\n    - name: b\n      ports:\n        - containerPort: 1\n        - containerPort: 2\n';
    assert.deepEqual(place(`${spec}          |`), { path: ['spec', 'containers', 1, 'ports', 1], newItem: false });
    assert.deepEqual(place(`${spec}        |`), { path: ['spec', 'containers', 1, 'ports'], newItem: true });
    assert.deepEqual(place(`${spec}      |`), { path: ['spec', 'containers', 1], newItem: false });
    assert.deepEqual(place(`${spec}    |`), { path: ['spec', 'containers'], newItem: true });
    assert.deepEqual(place(`${spec}  |`), { path: ['spec'], newItem: false });
    assert.deepEqual(place(`${spec}|`), { path: [], newItem: false });
    assert.deepEqual(place(`${spec}    - |`), { path: ['spec', 'containers', 2], newItem: false });
  });

  it('handles lists level with their key, anchors, tags, comments and blank lines', () => {
    const compact = 'spec:\n  containers:\n  - name: a\n  volumes:  # the pod volumes\n\n  - name: v\n    |';
    assert.deepEqual(place(compact), { path: ['spec', 'volumes', 0], newItem: false });
    assert.deepEqual(place('spec:\n  containers:\n  - name: a\n  |'), { path: ['spec', 'containers'], newItem: true });
    assert.deepEqual(place('spec:\n  containers:\n  - name: a\n  volumes: []\n  |'), { path: ['spec'], newItem: false }, 'a compact list of a sibling key');
    assert.deepEqual(place('base: &b !!map\n  x: 1\n  |'), { path: ['base'], newItem: false });
    const lines = ['spec:', '  containers:', '  - name: a', '    volumeMounts:', '    - mountPath: /csi', '      name: csi', '    image: x'];
    assert.deepEqual(placeAt(lines, 6, 4, [], false), { path: ['spec', 'containers', 0], newItem: false }, 'a written key follows the list of its sibling');
  });

  it('gives up inside block scalars, under scalar values and in a document that is a list', () => {
    assert.equal(place('spec:\n  script: |\n    echo\n    ^', '^'), undefined);
    assert.equal(place('spec:\n  image: nginx\n    |'), undefined);
    assert.equal(place('- a: 1\n  |'), undefined);
  });

  it('collects the keys written around a line in its own mapping only', () => {
    const lines = ['spec:', '  containers:', '    - name: a', '      image: x', '      ', '      ports: []', '    - name: b', '      args: []', '  volumes: []'];
    assert.deepEqual([...siblingKeys(lines, 4, 6, false)].sort(), ['image', 'name', 'ports']);
    assert.deepEqual([...siblingKeys(lines, 6, 6, true)].sort(), ['args']);
    assert.deepEqual([...siblingKeys(lines, 1, 2, false)].sort(), ['volumes']);
  });

  it('detects the indentation step and the list style of a file', () => {
    assert.deepEqual(indentStyle(['a:', '    b:', '        - c']), { unit: 4, indentSequences: true });
    assert.deepEqual(indentStyle(['a:', '  b:', '  - c']), { unit: 2, indentSequences: false });
    assert.deepEqual(indentStyle(['a: 1']), { unit: 2, indentSequences: true });
  });
});
