import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Hover, Position, TextEdit } from 'vscode-languageserver-protocol';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { accept } from '../helpers/cursor';
import { LspClient } from '../helpers/lspClient';
import { yaml } from '../helpers/service';

const DEPLOYMENT = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    replicas: 2
    selector:
      matchLabels: {app: web}
    template:
      metadata:
        labels: {app: web}
      spec:
        containers:
          - name: app
            image: nginx:1.27
            imagePullPolicy: IfNotPresent
            ports:
              - name: http
                containerPort: 8080
            livenessProbe:
              httpGet:
                path: /
                port: http
            volumeMounts:
              - name: cache
                mountPath: /cache
        volumes:
          - name: cache
            emptyDir: {}
`;

/** The position `offset` characters into the first occurrence of `needle` (after `from`, if given). */
function positionOf(text: string, needle: string, offset = 0, from = ''): Position {
  const at = text.indexOf(needle, from ? text.indexOf(from) : 0);
  assert.ok(at !== -1, `${needle} not in text`);
  const before = text.slice(0, at + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('editing assistance over stdio', () => {
  let client: LspClient;
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);
  async function complete(uri: string, position: Position, triggerCharacter?: string): Promise<CompletionItem[]> {
    const result = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position,
      context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
    })) as CompletionItem[] | CompletionList | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  before(async () => {
    client = new LspClient();
    const init = (await client.initialize()) as { capabilities: { completionProvider: { triggerCharacters: string[] }; hoverProvider: boolean } };
    assert.deepEqual(init.capabilities.completionProvider.triggerCharacters, [':', ' ']);
    assert.equal(init.capabilities.hoverProvider, true);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('completes keys and values at many positions of a Deployment template', async () => {
    const uri = 'file:///work/web.yaml';
    await client.open(uri, DEPLOYMENT);
    const cases: [string, Position, (items: string[]) => void][] = [
      ['kind value', positionOf(DEPLOYMENT, 'Deployment'), (l) => assert.deepEqual(l, ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'])],
      ['DeploymentSpec key', positionOf(DEPLOYMENT, 'selector:'), (l) => assert.ok(l.includes('strategy') && l.includes('selector') && !l.includes('replicas') && !l.includes('template'))],
      ['template metadata key', positionOf(DEPLOYMENT, 'metadata:', 2, 'template:'), (l) => assert.deepEqual(l.sort(), ['metadata'])],
      ['container key', positionOf(DEPLOYMENT, 'image:'), (l) => assert.ok(l.includes('image') && l.includes('resources') && !l.includes('name') && !l.includes('ports'))],
      ['enum value', positionOf(DEPLOYMENT, 'IfNotPresent', 3), (l) => assert.deepEqual(l, ['Always', 'IfNotPresent', 'Never'])],
      ['port item key, mid-word', positionOf(DEPLOYMENT, 'containerPort', 4), (l) => assert.deepEqual(l.sort(), ['containerPort', 'hostIP', 'hostPort', 'protocol'])],
      ['httpGet key', positionOf(DEPLOYMENT, 'path: /'), (l) => assert.ok(l.includes('scheme') && l.includes('httpHeaders') && !l.includes('port'))],
      ['probe port value', positionOf(DEPLOYMENT, 'http', 0, 'port: http'), (l) => assert.deepEqual(l, ['http'])],
      ['volume mount name', positionOf(DEPLOYMENT, 'cache', 0, 'volumeMounts'), (l) => assert.deepEqual(l, ['cache'])],
      ['volume key', positionOf(DEPLOYMENT, 'emptyDir'), (l) => assert.ok(l.includes('configMap') && l.includes('emptyDir') && !l.includes('name'))],
    ];
    for (const [name, position, check] of cases) {
      const items = await complete(uri, position);
      try {
        check(labels(items));
      } catch (e) {
        throw new Error(`${name} at ${position.line}:${position.character}: ${(e as Error).message}`);
      }
    }
  });

  it('follows the user typing: a new line, a word, the accepted key, then the nested mapping it opened', async () => {
    const uri = 'file:///work/typing.yaml';
    let doc = TextDocument.create(uri, 'yaml', 1, DEPLOYMENT);
    await client.open(uri, DEPLOYMENT);
    const edit = async (range: TextEdit['range'], text: string) => {
      doc = TextDocument.update(doc, [{ range, text }], doc.version + 1);
      await client.change(uri, doc.version, [{ range, text }]);
    };
    const eol = positionOf(DEPLOYMENT, 'nginx:1.27', 'nginx:1.27'.length);
    await edit({ start: eol, end: eol }, '\n          res');
    const cursor = { line: eol.line + 1, character: 13 };
    const items = await complete(uri, cursor);
    const resources = items.find((i) => i.label === 'resources')!;
    assert.ok(resources && !labels(items).includes('image'));
    const accepted = accept(doc.getText(), resources);
    assert.ok(accepted.includes('image: nginx:1.27\n          resources:\n            \n          imagePullPolicy'), accepted);
    await client.change(uri, doc.version + 1, [{ text: accepted }]);
    doc = TextDocument.create(uri, 'yaml', doc.version + 1, accepted);
    const nested = await complete(uri, { line: cursor.line + 1, character: 12 });
    assert.deepEqual(labels(nested).sort(), ['claims', 'limits', 'requests']);
    await edit({ start: { line: cursor.line + 1, character: 12 }, end: { line: cursor.line + 1, character: 12 } }, 'limits:\n              memory:');
    const quantity = await complete(uri, { line: cursor.line + 2, character: 21 }, ':');
    assert.deepEqual(quantity, [], 'a quantity has no fixed values');
  });

  it('completes values inside {...} in a Deployment template: named ports, enums, booleans, keeping the `,` and `}`', async () => {
    const uri = 'file:///work/flow.yaml';
    // The Deployment above, its pod template written with {...}.
    const text = `${DEPLOYMENT.slice(0, DEPLOYMENT.indexOf('      containers:'))}      securityContext: {runAsNonRoot: }
      containers:
        - {name: app, image: nginx, imagePullPolicy: , ports: [{name: http, containerPort: 8080}], livenessProbe: {httpGet: {port: }}}
`;
    await client.open(uri, text);
    const port = await complete(uri, positionOf(text, '}}}', 0, 'httpGet'));
    assert.deepEqual(labels(port), ['http']);
    assert.ok(accept(text, port[0]).includes('livenessProbe: {httpGet: {port: http}}}\n'));
    const policy = await complete(uri, positionOf(text, ', ports', 0, 'imagePullPolicy'), ' ');
    assert.deepEqual(labels(policy), ['Always', 'IfNotPresent', 'Never']);
    assert.ok(accept(text, policy[2]).includes('{name: app, image: nginx, imagePullPolicy: Never, ports: '));
    assert.deepEqual(labels(await complete(uri, positionOf(text, '}', 0, 'runAsNonRoot'))), ['true', 'false']);
  });

  it('passes the typed trigger character: a list after `- ` and `key: `, none for indentation', async () => {
    const uri = 'file:///work/trigger.yaml';
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: \n  containers:\n    - \n      \n';
    await client.open(uri, text);
    assert.ok(labels(await complete(uri, { line: 6, character: 6 }, ' ')).includes('image'));
    assert.deepEqual(labels(await complete(uri, { line: 4, character: 17 }, ' ')), ['Always', 'Never', 'OnFailure']);
    assert.deepEqual(await complete(uri, { line: 7, character: 6 }, ' '), []);
    assert.ok(labels(await complete(uri, { line: 7, character: 6 })).includes('image'), 'invoked explicitly, the same place lists keys');
  });

  it('in a multi-document file, each document is completed with its own kind and its own pod', async () => {
    const uri = 'file:///work/stream.yaml';
    const text = `${yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings}
      data:
        mode: fast
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: one}
      spec:
        volumes: [{name: pod-volume, emptyDir: {}}]
        containers: [{name: a, image: busybox}]
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: nightly}
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                volumes:
                  - name: job-volume
                    emptyDir: {}
                containers:
                  - name: job
                    image: busybox
                    volumeMounts:
                      - name: job-volume
                        mountPath: /data
    `}`;
    await client.open(uri, text);
    assert.deepEqual(await complete(uri, positionOf(text, 'mode: fast')), [], 'a ConfigMap has no schema here');
    assert.deepEqual(labels(await complete(uri, positionOf(text, 'job-volume', 0, 'volumeMounts'))), ['job-volume']);
    const restart = await complete(uri, positionOf(text, 'OnFailure'));
    assert.deepEqual(labels(restart), ['Never', 'OnFailure'], "a CronJob's pods run to completion: not Always");
    const job = await complete(uri, positionOf(text, 'image: busybox', 0, 'kind: CronJob'));
    assert.ok(labels(job).includes('command') && !labels(job).includes('name'));
    const spec = await complete(uri, positionOf(text, 'jobTemplate'));
    assert.ok(labels(spec).includes('concurrencyPolicy') && !labels(spec).includes('schedule'));
  });

  it('hovers a key with its type, description and API reference, and a diagnostic with its rule', async () => {
    const uri = 'file:///work/hover.yaml';
    const text = DEPLOYMENT.replace('imagePullPolicy: IfNotPresent', 'imagePullPolicy: ifnotpresent');
    await client.open(uri, text);
    await client.diagnostics(uri);
    const onKey = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'containerPort', 3) })) as Hover;
    assert.match((onKey.contents as { value: string }).value, /^\*\*containerPort\*\* `integer` · required\n\nNumber of port to expose/);
    assert.match((onKey.contents as { value: string }).value, /\/v1\.36\/#containerport-v1-core\)$/);
    const onValue = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'ifnotpresent', 2) })) as Hover;
    assert.match((onValue.contents as { value: string }).value, /---\n\n\*\*podlint `unsupported-value`\*\*: Unsupported value "ifnotpresent"/);
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 100, character: 0 } }), null);
  });

  it('offers quick fixes for typos, enum values and missing fields, and fix-all for the safe ones', async () => {
    const uri = 'file:///work/fixes.yaml';
    const text = DEPLOYMENT.replace('livenessProbe', 'livenesProbe').replace('IfNotPresent', 'IfNotPresnt').replace('\n              containerPort: 8080', '');
    await client.open(uri, text);
    // The template sets no resources (information, no fix; the rule has its own tests): the rest are the errors to fix.
    const published = await client.diagnostics(uri);
    assert.deepEqual(published.filter((d) => d.severity === DiagnosticSeverity.Information).map((d) => d.code), ['missing-resources']);
    const diagnostics = published.filter((d) => d.severity !== DiagnosticSeverity.Information);
    assert.deepEqual(diagnostics.map((d) => d.code), ['unsupported-value', 'required-field', 'unknown-field']);
    const fixes = new Map<string, CodeAction[]>();
    for (const d of diagnostics) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      })) as CodeAction[];
      fixes.set(String(d.code), actions);
    }
    const apply = (action: CodeAction) => TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), action.edit!.changes![uri]);
    const [rename] = fixes.get('unknown-field')!;
    assert.deepEqual([rename.title, rename.isPreferred], ['Rename "livenesProbe" to "livenessProbe"', true]);
    const [enumFix] = fixes.get('unsupported-value')!;
    assert.deepEqual([enumFix.title, enumFix.isPreferred], ['Change to "IfNotPresent"', true]);
    const [required] = fixes.get('required-field')!;
    assert.deepEqual([required.title, required.isPreferred], ['Add required field "containerPort"', true]);
    assert.ok(apply(required).includes('          ports:\n            - name: http\n              containerPort: 0\n          livenesProbe:'), apply(required));
    const [fixAll] = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.podlint'] },
    })) as CodeAction[];
    const fixedAll = apply(fixAll);
    assert.equal(fixedAll, DEPLOYMENT.replace('\n              containerPort: 8080', ''), 'the placeholder fix needs the user: fix-all leaves it');
  });
});
