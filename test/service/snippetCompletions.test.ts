import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver-types';
import { parse, parseAllDocuments } from 'yaml';
import { diagnose, service, yaml } from '../helpers/service';
import { ExpandableSnippet } from '../helpers/snippetExpander';

const CURSOR = '¦';
const CONTAINER_SNIPPETS = ['container', 'sidecar-container', 'ambassador-container', 'adapter-container'];
const INIT_SNIPPETS = ['native-sidecar', 'init-container'];

function complete(withCursor: string): { text: string; items: CompletionItem[] } {
  const offset = withCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the test text marks the cursor');
  const text = withCursor.replace(CURSOR, '');
  const position = TextDocument.create('file:///t.yaml', 'yaml', 1, text).positionAt(offset);
  // complete() also lists schema keys and values (test/service/completion.test.ts): the snippets here.
  const items = service.complete(service.parse(text), position).filter((i) => i.kind === CompletionItemKind.Snippet);
  return { text, items };
}

/** Accepts the completion `label` with every default, as the editor would. */
function accept(withCursor: string, label: string): string {
  const { text, items } = complete(withCursor);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `${label} offered; got ${items.map((i) => i.label).join(', ')}`);
  assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
  assert.equal(item.insertTextMode, InsertTextMode.asIs);
  const edit = item.textEdit as TextEdit;
  return TextDocument.applyEdits(TextDocument.create('file:///t.yaml', 'yaml', 1, text), [{ range: edit.range, newText: new ExpandableSnippet(edit.newText).expand() }]);
}

const labels = (withCursor: string): string[] => complete(withCursor).items.map((i) => i.label as string);

const POD = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: main
        image: busybox:1.37.0
        command: [sleep, infinity]
        resources:
          requests: {cpu: 10m, memory: 16Mi}
          limits: {cpu: 100m, memory: 64Mi}
    ¦
    restartPolicy: Always
`;

describe('snippet completions in a containers list', () => {
  it('offers the container snippets, not the init ones, on an empty line at the items column', () => {
    assert.deepEqual(labels(POD.replace('  ¦', '    ¦')).sort(), [...CONTAINER_SNIPPETS].sort());
  });

  it('inserts a new item at the items indentation and the pod stays clean', () => {
    for (const cursorLine of ['    ¦', '    sid¦']) {
      const out = accept(POD.replace('  ¦', cursorLine), 'sidecar-container');
      const lines = out.split('\n');
      assert.equal(lines[12], '    - name: log-shipper', cursorLine);
      assert.equal(lines[13], '      image: busybox:1.37.0');
      assert.equal(lines.at(-3), '          memory: 64Mi');
      assert.equal(lines.at(-2), '  restartPolicy: Always');
      const pod = parse(out);
      assert.deepEqual(pod.spec.containers.map((c: { name: string }) => c.name), ['main', 'log-shipper']);
      assert.equal(pod.spec.containers[1].volumeMounts[0].name, 'logs');
    }
  });

  it('in a file with lone CR line ends too (lines counted as LSP counts them)', () => {
    assert.deepEqual(labels(POD.replace('  ¦', '    ¦').replace(/\n/g, '\r')).sort(), [...CONTAINER_SNIPPETS].sort());
  });

  it('after a typed "- ", inserts the item content after the dash', () => {
    const out = accept(POD.replace('  ¦', '    - amb¦'), 'ambassador-container');
    assert.deepEqual(out.split('\n').slice(12, 15), ['    - name: cache-ambassador', '      image: alpine/socat:1.8.0.0', '      args:']);
    assert.deepEqual(diagnose(out), []);
    const wide = accept(POD.replace('  ¦', '    -   amb¦'), 'ambassador-container');
    assert.deepEqual(wide.split('\n').slice(12, 14), ['    -   name: cache-ambassador', '        image: alpine/socat:1.8.0.0']);
    assert.deepEqual(diagnose(wide), []);
  });

  it('between two existing containers', () => {
    const second = '    - name: second\n      image: busybox:1.37.0\n      command: [sleep, infinity]\n      resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 10m, memory: 16Mi}}\n';
    const text = POD.replace('  ¦\n', `    ¦\n${second}`);
    const out = accept(text, 'container');
    assert.deepEqual(parse(out).spec.containers.map((c: { name: string }) => c.name), ['main', 'app', 'second']);
    assert.deepEqual(diagnose(out), []);
  });

  it('above the first container: at the column of the items below, wherever the cursor is', () => {
    for (const cursorLine of ['    ¦', '      ¦', '   ini¦']) {
      const text = POD.replace('  ¦\n', '').replace('  containers:\n', `  containers:\n${cursorLine}\n`);
      const out = accept(text, 'container');
      assert.equal(out.split('\n')[6], '    - name: app', cursorLine);
      assert.deepEqual(parse(out).spec.containers.map((c: { name: string }) => c.name), ['app', 'main']);
      assert.deepEqual(diagnose(out), []);
    }
  });

  it('offers nothing at the pod spec level, inside a container, or at the document root', () => {
    assert.deepEqual(labels(POD.replace('  ¦', '  ¦')), []);
    assert.deepEqual(labels(POD.replace('  ¦', '  res¦')), []);
    assert.deepEqual(labels(POD.replace('  ¦', '      ¦')), []);
    assert.deepEqual(labels(POD.replace('  ¦', '  - sid¦')), [], 'a dash at the key column, below items indented deeper');
    assert.deepEqual(labels(POD.replace('  ¦', '¦')), []);
    assert.deepEqual(labels(POD.replace('    command: [sleep, infinity]', '    ¦')), []);
    assert.deepEqual(labels(POD.replace('  ¦', '    name: x¦')), []);
  });

  it('inside a Deployment template: indented under spec.template.spec.containers', () => {
    const deployment = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: main
                image: busybox:1.37.0
                command: [sleep, infinity]
                resources:
                  requests: {cpu: 10m, memory: 16Mi}
                  limits: {cpu: 100m, memory: 64Mi}
              ¦
    `;
    const out = accept(deployment, 'adapter-container');
    const lines = out.split('\n');
    assert.equal(lines[18], '        - name: metrics-adapter');
    assert.equal(lines[19], '          image: nginx/nginx-prometheus-exporter:1.3.0');
    const d = parse(out);
    assert.deepEqual(d.spec.template.spec.containers.map((c: { name: string }) => c.name), ['main', 'metrics-adapter']);
    assert.deepEqual(diagnose(out), []);
  });

  it('inside a CronJob, into an empty initContainers list (a native sidecar)', () => {
    const cronJob = yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: report
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                initContainers:
                  ¦
                containers:
                  - name: main
                    image: busybox:1.37.0
                    command: [sh, -c, "echo done"]
                    volumeMounts: [{name: logs, mountPath: /var/log/nginx}]
                    resources:
                      requests: {cpu: 10m, memory: 16Mi}
                      limits: {cpu: 100m, memory: 64Mi}
                volumes: [{name: logs, emptyDir: {}}]
    `;
    assert.deepEqual(labels(cronJob).sort(), [...INIT_SNIPPETS].sort());
    const out = accept(cronJob, 'native-sidecar');
    const lines = out.split('\n');
    assert.equal(lines[11], '          initContainers:');
    assert.equal(lines[12], '            - name: log-shipper');
    assert.equal(lines[14], '              restartPolicy: Always');
    const init = parse(out).spec.jobTemplate.spec.template.spec.initContainers;
    assert.equal(init[0].restartPolicy, 'Always');
    assert.deepEqual(diagnose(out), []);
  });

  it('follows lists written without indentation under their key', () => {
    const flat = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        initContainers:
        - name: first
          image: busybox:1.37.0
        ¦
        containers: []
    `;
    assert.equal(accept(flat, 'init-container').split('\n')[8], '  - name: wait-for-db');
    const typedDash = accept('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - con¦\n', 'container');
    assert.deepEqual(typedDash.split('\n').slice(5, 8), ['  containers:', '  - name: app', '    image: nginx:1.27.3']);
    assert.deepEqual(diagnose(typedDash), []);
  });

  it('offers nothing where the list is not a pod spec\'s', () => {
    assert.deepEqual(labels('services:\n  web:\n    containers:\n      ¦\n'), []);
    assert.deepEqual(labels('apiVersion: v1\nkind: Pod\nspec:\n  template:\n    spec:\n      containers:\n        ¦\n'), []);
    assert.deepEqual(labels('apiVersion: v1\nkind: List\nitems:\n  - spec:\n      containers:\n        ¦\n'), []);
  });
});

describe('snippet completions on an empty document', () => {
  it('offers every Pod and Deployment snippet, replacing the typed prefix', () => {
    const { items } = complete('po¦');
    assert.deepEqual(items.map((i) => i.label).filter((l) => !/^(pod|deployment)/.test(l as string)), []);
    assert.equal(items.length, 12);
    assert.equal(labels('¦').length, 12, 'an empty file');
    assert.equal(labels('# comment\n---\n¦').length, 12, 'after a comment and a marker');
    assert.deepEqual(items.map((i) => i.label).slice(0, 2), ['pod', 'pod-sidecar'], 'catalog order');
    assert.deepEqual([...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)), items, 'sorted by sortText in catalog order');
    const pod = items.find((i) => i.label === 'pod-sidecar')!;
    assert.deepEqual((pod.textEdit as TextEdit).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
  });

  it('in a multi-document file, in the empty document after ---, keeping the others', () => {
    const text = `${POD.replace('  ¦\n', '')}---\n# the app\n¦\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n`;
    const out = accept(text, 'deployment-native-sidecar');
    const docs = parseAllDocuments(out).map((d) => d.toJS());
    assert.deepEqual(docs.map((d) => d.kind), ['Pod', 'Deployment', 'Service']);
    assert.equal(docs[1].spec.template.spec.initContainers[0].restartPolicy, 'Always');
    assert.deepEqual(diagnose(out), []);
  });

  it('offers nothing in a document that has content, or on an indented line', () => {
    assert.deepEqual(labels('apiVersion: v1\n¦\n'), []);
    assert.deepEqual(labels('  ¦'), []);
  });
});
