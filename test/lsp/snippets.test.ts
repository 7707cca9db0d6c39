import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { CompletionItemKind } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient';
import { ExpandableSnippet } from '../helpers/snippetExpander';

const pod = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '    - name: main',
  '      image: busybox:1.37.0',
  '      command: [sleep, infinity]',
  '      resources:',
  '        requests: {cpu: 10m, memory: 16Mi}',
  '        limits: {cpu: 100m, memory: 64Mi}',
  '',
].join('\n');

const deployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  selector:',
  '    matchLabels: {app: web}',
  '  template:',
  '    metadata:',
  '      labels: {app: web}',
  '    spec:',
  '      initContainers: []',
  '      containers:',
  '        - name: main',
  '          image: busybox:1.37.0',
  '          command: [sleep, infinity]',
  '          volumeMounts: [{name: logs, mountPath: /var/log/nginx}]',
  '          resources:',
  '            requests: {cpu: 10m, memory: 16Mi}',
  '            limits: {cpu: 100m, memory: 64Mi}',
  '      volumes: [{name: logs, emptyDir: {}}]',
  '',
].join('\n');

describe('snippet completions over LSP', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    const init = (await client.initialize()) as { capabilities: { completionProvider?: unknown } };
    assert.ok(init.capabilities.completionProvider, 'completion is advertised');
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  const complete = async (uri: string, line: number, character: number): Promise<CompletionItem[]> => {
    const result = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as CompletionList | CompletionItem[] | null;
    // The server also completes schema keys and values (test/lsp/assist.test.ts): the snippets here.
    return (Array.isArray(result) ? result : (result?.items ?? [])).filter((i) => i.kind === CompletionItemKind.Snippet);
  };

  /** Types `typed` on a new line before `line`, completes there, and applies `label` with its defaults. */
  async function typeAndAccept(uri: string, text: string, line: number, typed: string, label: string): Promise<{ edit: TextEdit; labels: string[] }> {
    await client.open(uri, text, 1);
    await client.diagnostics(uri, (p) => p.version === 1);
    await client.change(uri, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${typed}\n` }]);
    const items = await complete(uri, line, typed.length);
    const item = items.find((i) => i.label === label);
    assert.ok(item, `${label} offered; got ${items.map((i) => i.label).join(', ')}`);
    assert.equal(item.insertTextFormat, 2, 'snippet syntax');
    assert.equal(item.insertTextMode, 1, 'already indented: as is');
    const edit = item.textEdit as TextEdit;
    await client.change(uri, 3, [{ range: edit.range, text: new ExpandableSnippet(edit.newText).expand() }]);
    return { edit, labels: items.map((i) => i.label) };
  }

  it('inside an existing pod: a sidecar item at the containers indentation, and the pod validates clean', async () => {
    const uri = 'file:///work/snippet-pod.yaml';
    const { edit, labels } = await typeAndAccept(uri, `${pod}  volumes: [{name: logs, emptyDir: {}}]\n`, 12, '    side', 'sidecar-container');
    assert.ok(!labels.includes('native-sidecar'), 'init container snippets are not offered in containers');
    assert.deepEqual(edit.range, { start: { line: 12, character: 0 }, end: { line: 12, character: 8 } });
    const lines = edit.newText.split('\n');
    assert.equal(lines[0], '    - name: ${1:log-shipper}');
    assert.ok(lines.slice(1).every((l) => l === '' || l.startsWith('      ')), edit.newText);
    assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 3), []);
  });

  it('inside a Deployment template: a native sidecar at the initContainers indentation, and it validates clean', async () => {
    const uri = 'file:///work/snippet-deployment.yaml';
    const text = deployment.replace('      initContainers: []\n', '      initContainers:\n');
    const { edit } = await typeAndAccept(uri, text, 12, '        - nat', 'native-sidecar');
    assert.deepEqual(edit.range, { start: { line: 12, character: 10 }, end: { line: 12, character: 13 } });
    assert.deepEqual(edit.newText.split('\n').slice(0, 3), ['name: ${1:log-shipper}', '          image: ${2|busybox:1.37.0,busybox:1.36.1|}', '          restartPolicy: Always']);
    assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 3), []);
  });

  it('a Deployment snippet on the empty second document of a file', async () => {
    const uri = 'file:///work/snippet-stream.yaml';
    const { edit } = await typeAndAccept(uri, `${pod}---\n`, 13, 'dep', 'deployment-ambassador');
    assert.equal(edit.newText.split('\n')[1], 'kind: Deployment');
    assert.deepEqual(await client.diagnostics(uri, (p) => p.version === 3), []);
  });

  it('nothing where no snippet fits: inside a container mapping', async () => {
    const uri = 'file:///work/snippet-none.yaml';
    await client.open(uri, pod, 1);
    assert.deepEqual(await complete(uri, 8, 6), []);
  });
});
