import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findConfigFile, loadProjectConfig, mergeSettings, parseProjectConfig } from '../../server/src/config/projectConfig';

const known = new Set(['unknown-field', 'missing-image']);

describe('.podlint.yaml', () => {
  it('reads rules and kubernetesVersion', () => {
    const c = parseProjectConfig('/p/.podlint.yaml', 'kubernetesVersion: "1.33"\nrules:\n  unknown-field: warning\n  missing-image: off\n', known);
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.settings, { kubernetesVersion: '1.33', rules: { 'unknown-field': 'warning', 'missing-image': 'off' } });
  });

  it('reports, and skips, what it cannot use', () => {
    const c = parseProjectConfig('/p/.podlint.yaml', 'kubernetesVersion: v1.30\nrules:\n  nope: error\n  unknown-field: loud\nextra: 1\n', known);
    assert.deepEqual(c.settings, { rules: {} });
    assert.deepEqual(c.problems, [
      '/p/.podlint.yaml: unknown key "extra" (expected "rules" or "kubernetesVersion")',
      '/p/.podlint.yaml: kubernetesVersion must be a Kubernetes minor version such as "1.33", got "v1.30"',
      '/p/.podlint.yaml: unknown rule "nope"',
      '/p/.podlint.yaml: rule "unknown-field": severity must be one of off, hint, information, warning, error, got "loud"',
    ]);
  });

  it('reports a version podlint does not bundle, with the ones it does, and ignores it', () => {
    const c = parseProjectConfig('/p/.podlint.yaml', 'kubernetesVersion: "1.20"\n', known, ['1.33', '1.36']);
    assert.deepEqual(c.settings, {});
    assert.deepEqual(c.problems, ['/p/.podlint.yaml: kubernetesVersion: Kubernetes "1.20" is not supported; supported versions: 1.33, 1.36']);
    assert.equal(parseProjectConfig('/p/.podlint.yaml', 'kubernetesVersion: "1.33"\n', known, ['1.33', '1.36']).settings.kubernetesVersion, '1.33');
  });

  it('takes an unquoted version as written (1.30 is not 1.3)', () => {
    assert.equal(parseProjectConfig('/p/.podlint.yaml', 'kubernetesVersion: 1.30\n', known).settings.kubernetesVersion, '1.30');
  });

  it('reports a YAML syntax error with its line', () => {
    const c = parseProjectConfig('/p/.podlint.yaml', 'rules:\n  a: [\n', known);
    assert.equal(c.problems.length, 1);
    assert.match(c.problems[0], /^\/p\/\.podlint\.yaml:\d+: /);
  });

  it('is found in the nearest directory at or above the manifest', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-config-'));
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(root, '.podlint.yaml'), 'rules: {unknown-field: off}\n');
    fs.writeFileSync(path.join(root, 'a', '.podlint.yml'), 'rules: {unknown-field: warning}\n');
    assert.equal(findConfigFile(path.join(root, 'a', 'b')), path.join(root, 'a', '.podlint.yml'));
    assert.equal(loadProjectConfig(path.join(root, 'pod.yaml'), known)?.settings.rules?.['unknown-field'], 'off');
    assert.equal(loadProjectConfig(path.join(root, 'a', 'b', 'pod.yaml'), known)?.settings.rules?.['unknown-field'], 'warning');
  });

  it('later layers win', () => {
    assert.deepEqual(
      mergeSettings({ rules: { a: 'off', b: 'error' }, kubernetesVersion: '1.30' }, undefined, { rules: { b: 'warning' } }),
      { kubernetesVersion: '1.30', rules: { a: 'off', b: 'warning' } },
    );
  });
});
