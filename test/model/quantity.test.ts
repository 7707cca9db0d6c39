import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareQuantities, parseQuantity } from '../../server/src/service/util/quantity';
import { imageTag } from '../../server/src/service/util/imageRef';

const cmp = (a: string | number, b: string | number): number => compareQuantities(parseQuantity(a)!, parseQuantity(b)!);

describe('resource quantities', () => {
  it('compares across suffixes exactly', () => {
    assert.equal(cmp('0.5', '500m'), 0);
    assert.equal(cmp('1Gi', 1073741824), 0);
    assert.equal(cmp('1G', '1Gi'), -1);
    assert.equal(cmp('1e3', '1k'), 0);
    assert.equal(cmp('1E3', '999'), 1);
    assert.equal(cmp('100m', '0.1'), 0);
    assert.equal(cmp('1Ei', '1E'), 1);
    assert.equal(cmp('1n', '1u'), -1);
    assert.equal(cmp('.5', '0.5'), 0);
  });

  it('rejects what ParseQuantity rejects', () => {
    for (const bad of ['1GB', 'Gi', '', '1.2.3', 'one', '1K']) assert.equal(parseQuantity(bad), undefined, bad);
  });
});

describe('image references', () => {
  it('finds the tag, not a registry port', () => {
    assert.deepEqual(imageTag('nginx'), { tag: undefined, digest: false });
    assert.deepEqual(imageTag('nginx:1.27'), { tag: '1.27', digest: false });
    assert.deepEqual(imageTag('localhost:5000/app'), { tag: undefined, digest: false });
    assert.deepEqual(imageTag('localhost:5000/app:v2@sha256:abc'), { tag: 'v2', digest: true });
  });
});
