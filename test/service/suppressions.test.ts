import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, diagnose } from '../helpers/service';

/** A pod with a casing mistake (line 9) and a wrong enum value (line 10); `marks` go before line 8. */
function pod(...marks: string[]): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: p}',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx:1.27',
    ...marks,
    '    ports:',
    '    - ContainerPort: 8080',
    '    imagePullPolicy: always',
    '    resources: {requests: {cpu: 10m}}',
    '',
  ].join('\n');
}

const codes = (text: string): string[] => diagnose(text).map((d) => `${d.code}@${at(d.range).split('-')[0]}`);

describe('suppression comments', () => {
  it('reports both problems without a comment', () => {
    assert.deepEqual(codes(pod('    # a plain comment')), ['unknown-field@10:7', 'unsupported-value@11:22']);
  });

  it('comments at column 0 below the first line count: above a top-level key, after a header', () => {
    const topLevel = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n# podlint-disable-next-line unknown-field\nfoo: bar\nspec:\n  containers: [{name: a, image: nginx:1.27, resources: {requests: {cpu: 10m}}}]\n';
    assert.deepEqual(codes(topLevel), []);
    assert.deepEqual(codes(`# Copyright the authors\n# podlint-disable unknown-field\n${pod()}`), ['unsupported-value@12:22']);
  });

  it('disable-next-line silences the named rule on the next content line only', () => {
    const text = pod().replace('    - ContainerPort: 8080\n', '    # podlint-disable-next-line unknown-field\n\n    - ContainerPort: 8080\n    - ContainerPort: 9090\n');
    assert.deepEqual(codes(text), ['unknown-field@12:7', 'unsupported-value@13:22']);
  });

  it('disable-next-line without ids silences every rule on that line, not others', () => {
    const text = pod().replace('    - ContainerPort', '    # podlint-disable-next-line -- a reason\n    - ContainerPort');
    assert.deepEqual(codes(text), ['unsupported-value@11:22']);
  });

  it('a rule named for another line is not silenced', () => {
    assert.deepEqual(codes(pod('    # podlint-disable-next-line unsupported-value')), ['unknown-field@10:7', 'unsupported-value@11:22']);
  });

  it('disable at the top of a document silences the rules in that document only', () => {
    const text = `# podlint-disable unknown-field, unsupported-value -- legacy file\n${pod()}---\n${pod()}`;
    assert.deepEqual(codes(text), ['unknown-field@22:7', 'unsupported-value@23:22']);
  });

  it('a podlint-disable inside a block scalar is text, not a comment', () => {
    const text = pod('    args:', '    - |', '      # podlint-disable', '      run');
    assert.deepEqual(codes(text), ['unknown-field@13:7', 'unsupported-value@14:22']);
  });
});
