import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitDocuments } from '../../server/src/service/model/splitDocuments';

const shape = (text: string) => splitDocuments(text).map((c) => [c.line, c.offset, c.text]);

describe('splitDocuments', () => {
  it('splits on --- lines and keeps every character', () => {
    const text = 'a: 1\n---\nb: 2\n--- # c\nc: 3\n';
    assert.deepEqual(shape(text), [
      [0, 0, 'a: 1\n'],
      [1, 5, '---\nb: 2\n'],
      [3, 14, '--- # c\nc: 3\n'],
    ]);
    assert.equal(splitDocuments(text).map((c) => c.text).join(''), text);
  });

  it('does not split on --- inside a line or indented, nor on ---x', () => {
    const text = 'a: "x --- y"\n  ---\n---x: 1\n';
    assert.equal(splitDocuments(text).length, 1);
  });

  it('a leading --- does not make an empty first document', () => {
    assert.deepEqual(shape('---\na: 1\n'), [[0, 0, '---\na: 1\n']]);
  });

  it('... ends a document, and directives stay with the document after them', () => {
    assert.deepEqual(shape('a: 1\n...\n%YAML 1.1\n---\nb: 2\n'), [
      [0, 0, 'a: 1\n...\n'],
      [2, 9, '%YAML 1.1\n---\nb: 2\n'],
    ]);
  });

  it('handles CRLF and a BOM', () => {
    assert.deepEqual(shape('\uFEFF---\r\na: 1\r\n---\r\nb: 2\r\n'), [
      [0, 0, '\uFEFF---\r\na: 1\r\n'],
      [2, 12, '---\r\nb: 2\r\n'],
    ]);
  });
});
