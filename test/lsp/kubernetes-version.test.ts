import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { FileInfo } from '../../server/src/fileInfo';
import { LspClient } from '../helpers/lspClient';

const SIDECAR = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: web}',
  'spec:',
  '  initContainers:',
  '    - name: log',
  '      image: busybox:1.36',
  '      restartPolicy: Always',
  '      restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]',
  '      resources: {requests: {cpu: 10m, memory: 16Mi}}',
  '  containers: [{name: app, image: nginx:1.27, resources: {requests: {cpu: 100m, memory: 64Mi}}}]',
  '',
].join('\n');

describe('language server: the Kubernetes version of each file', () => {
  let client: LspClient;
  const info = (uri: string, test: (i: FileInfo) => boolean = () => true) =>
    client.notification<FileInfo>('podlint/fileInfo', (i) => i.uri === uri && test(i));
  const reconfigure = async (configuration: unknown) => {
    client.configuration = configuration;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  };

  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('tells the client the version in use, and the setting changes it and the diagnostics', async () => {
    const uri = 'file:///work/sidecar.yaml';
    await client.open(uri, SIDECAR);
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.deepEqual(await info(uri), { uri, checked: true, kubernetesVersion: '1.36', versionFrom: 'default' });

    await reconfigure({ kubernetesVersion: '1.33' });
    const ds = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['unknown-field', 8]]);
    assert.match(ds[0].message, /requires Kubernetes 1\.34 or later; this file is checked against Kubernetes 1\.33$/);
    assert.deepEqual(await info(uri, (i) => i.versionFrom === 'setting'), { uri, checked: true, kubernetesVersion: '1.33', versionFrom: 'setting' });
  });

  it('a version comment typed into the file wins over the setting', async () => {
    const uri = 'file:///work/sidecar.yaml';
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# podlint: kubernetes=1.34\n' }]);
    await client.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length === 0);
    assert.deepEqual(await info(uri, (i) => i.versionFrom === 'comment'), { uri, checked: true, kubernetesVersion: '1.34', versionFrom: 'comment' });
    const asked = await client.connection.sendRequest('podlint/fileInfo', { uri });
    assert.deepEqual(asked, { uri, checked: true, kubernetesVersion: '1.34', versionFrom: 'comment' });
    assert.equal(await client.connection.sendRequest('podlint/fileInfo', { uri: 'file:///work/not-open.yaml' }), null);
  });

  it('sends the info again only when it changes', async () => {
    const uri = 'file:///work/sidecar.yaml';
    const before = client.notificationsOf<FileInfo>('podlint/fileInfo').filter((i) => i.uri === uri).length;
    await client.change(uri, 3, [{ range: { start: { line: 2, character: 16 }, end: { line: 2, character: 19 } }, text: 'api' }]);
    await client.diagnostics(uri, (p) => p.version === 3);
    const later = client.notificationsOf<FileInfo>('podlint/fileInfo').filter((i) => i.uri === uri).length;
    assert.equal(later, before);
  });

  it('a YAML file that is not a Kubernetes manifest is not checked (no status)', async () => {
    const uri = 'file:///work/ci.yaml';
    await client.open(uri, 'on: [push]\njobs: {}\n');
    assert.equal((await info(uri)).checked, false);
  });

  it('.podlint.yaml sets the version for the files below it, over the setting (1.33 here)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-lsp-version-'));
    const config = path.join(dir, '.podlint.yaml');
    fs.writeFileSync(config, 'kubernetesVersion: "1.32"\n');
    const uri = pathToFileURL(path.join(dir, 'pod.yaml')).href;
    await client.open(uri, SIDECAR);
    assert.deepEqual(await info(uri), { uri, checked: true, kubernetesVersion: '1.32', versionFrom: '.podlint.yaml', configFile: config });
    assert.equal((await client.diagnostics(uri)).length, 1);
  });

  it('an unsupported setting is reported once and the newest version applies', async () => {
    const uri = 'file:///work/sidecar2.yaml';
    await reconfigure({ kubernetesVersion: '1.20' });
    await client.open(uri, SIDECAR);
    const shown = await client.notification<{ type: number; message: string }>('window/showMessageRequest', (m) => m.message.includes('1.20'));
    assert.equal(shown.type, 2);
    assert.equal(
      shown.message,
      'podlint.kubernetesVersion: Kubernetes "1.20" is not supported; supported versions: 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34, 1.36; checking against Kubernetes 1.36',
    );
    assert.deepEqual(await info(uri), { uri, checked: true, kubernetesVersion: '1.36', versionFrom: 'default' });
    assert.deepEqual(await client.diagnostics(uri), []);
  });
});
