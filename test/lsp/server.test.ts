import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';

const uri = 'file:///work/sidecar.yaml';
const pod = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: nginx:1.27',
  '      ports:',
  '        - ContainerPort: 8080  # http',
  '      readinessProbe: {tcpSocket: {port: 8080}}',
  '      resources: {requests: {cpu: 10m}}',
  '    - name: sidecar',
  '      image: busybox:1.36',
  '      resources: {requests: {cpu: 10m}}',
  '',
].join('\n');

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    const init = await client.initialize();
    const caps = (init as { capabilities: { textDocumentSync: { change: number }; codeActionProvider: { codeActionKinds: string[] } } }).capabilities;
    assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.podlint']);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('publishes the diagnostic on open, for that version', async () => {
    await client.open(uri, pod, 1);
    const ds = await client.diagnostics(uri);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].code, 'unknown-field');
    assert.deepEqual(ds[0].range, { start: { line: 9, character: 10 }, end: { line: 9, character: 23 } });
    assert.equal(client.history.at(-1)!.version, 1);
  });

  it('offers the quick fix, and an incremental edit applying it clears the diagnostic', async () => {
    const [d] = await client.diagnostics(uri, (p) => p.version === 1);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].isPreferred, true);
    const [edit] = actions[0].edit!.changes![uri];
    assert.equal(edit.newText, 'containerPort');
    await client.change(uri, 2, [{ range: edit.range, text: edit.newText }]);
    assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 2), []);
  });

  it('an edit that introduces a mistake gets it reported at the new version', async () => {
    await client.change(uri, 3, [{ range: { start: { line: 7, character: 6 }, end: { line: 7, character: 11 } }, text: 'imagePullPolicy: always\n      image' }]);
    const ds = await client.diagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['unsupported-value', 7]]);
  });

  it('never publishes an older version after a newer one during rapid edits', async () => {
    for (let v = 4; v <= 40; v++) {
      await client.change(uri, v, [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } }, text: 'x' }]);
    }
    await client.diagnostics(uri, (p) => p.version === 40);
    const versions = client.history.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published versions: ${versions.join(',')}`);
  });

  it('gives no diagnostics for YAML that is not Kubernetes, and survives garbage', async () => {
    await client.open('file:///work/ci.yaml', 'jobs:\n  build:\n    steps: [{run: make}]\n');
    assert.deepEqual(await client.diagnostics('file:///work/ci.yaml'), []);
    await client.open('file:///work/junk.yaml', '\u0000\u0001\uFFFF: [{{{\n\t- ]]\n&a *a *b');
    await client.diagnostics('file:///work/junk.yaml');
    await client.open('file:///work/after.yaml', pod);
    assert.equal((await client.diagnostics('file:///work/after.yaml')).length, 1, 'still serving after garbage');
  });

  it('clears diagnostics on close', async () => {
    await client.close('file:///work/after.yaml');
    await client.diagnostics('file:///work/after.yaml', (p) => p.diagnostics.length === 0);
  });

  it('podlint.enable: false silences the server; settings changes apply to open documents', async () => {
    client.configuration = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.open('file:///work/off.yaml', pod);
    assert.deepEqual(await client.diagnostics('file:///work/off.yaml'), []);
    client.configuration = { enable: true, rules: { 'unknown-field': 'warning' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const ds = await client.diagnostics('file:///work/off.yaml', (p) => p.diagnostics.length > 0);
    assert.equal(ds[0].severity, 2);
  });

  it('applies the .podlint.yaml above a file, and re-reads it when the client reports a change', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-lsp-'));
    const config = path.join(dir, '.podlint.yaml');
    fs.writeFileSync(config, 'rules:\n  unknown-field: information\n');
    const fileUri = pathToFileURL(path.join(dir, 'pod.yaml')).href;
    await client.open(fileUri, pod);
    assert.equal((await client.diagnostics(fileUri))[0].severity, 3);
    fs.writeFileSync(config, 'rules:\n  unknown-field: off\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await client.diagnostics(fileUri, (p) => p.diagnostics.length === 0);
  });
});
