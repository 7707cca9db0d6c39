import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { accept, cursor } from '../helpers/cursor';
import { service } from '../helpers/service';

function complete(marked: string, trigger?: string): { text: string; items: CompletionItem[] } {
  const { text, position } = cursor(marked);
  const items = service.complete(service.parse(text), position, {}, trigger).filter((i) => i.kind !== CompletionItemKind.Snippet);
  return { text, items };
}
const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);
const pick = (items: CompletionItem[], label: string): CompletionItem => {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} in ${labels(items).join(', ')}`);
  return found;
};

const POD_HEAD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n';
const DEPLOYMENT_HEAD = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n';
const PORTS = '      ports: [{name: http, containerPort: 8080}, {name: metrics, containerPort: 9090}]\n';

describe('completion: values inside flow mappings', () => {
  it("a probe's port: the container's named ports, as in block style; the `}` stays", () => {
    const { text, items } = complete(`${POD_HEAD}  containers:\n    - name: app\n${PORTS}      readinessProbe:\n        httpGet: {port: |}\n`);
    assert.deepEqual(labels(items), ['http', 'metrics']);
    assert.equal(pick(items, 'http').detail, 'container port ports[0]: 8080');
    assert.ok(accept(text, pick(items, 'metrics')).endsWith('        httpGet: {port: metrics}\n'));
    const block = complete(`${POD_HEAD}  containers:\n    - name: app\n${PORTS}      readinessProbe:\n        httpGet:\n          port: |\n`);
    assert.deepEqual(items.map((i) => [i.label, i.detail, i.kind]), block.items.map((i) => [i.label, i.detail, i.kind]));
  });

  it('a value being edited is replaced up to the `,`; a quoted one with its quotes, keeping them', () => {
    const typed = complete(`${POD_HEAD}  containers:\n    - {name: app, imagePullPolicy: Al|, image: nginx}\n`);
    assert.deepEqual(labels(typed.items), ['Always', 'IfNotPresent', 'Never']);
    assert.ok(accept(typed.text, pick(typed.items, 'Never')).endsWith('    - {name: app, imagePullPolicy: Never, image: nginx}\n'));
    const quoted = complete(`${POD_HEAD}  containers:\n    - {name: app, imagePullPolicy: "Ne|ver"}\n`);
    assert.ok(accept(quoted.text, pick(quoted.items, 'Always')).endsWith('    - {name: app, imagePullPolicy: "Always"}\n'));
  });

  it('booleans; nested {...}; a mapping spread over lines', () => {
    assert.deepEqual(labels(complete(`${POD_HEAD}  securityContext: {runAsNonRoot: |}\n  containers: [{name: app, image: nginx}]\n`).items), ['true', 'false']);
    const scheme = complete(`${POD_HEAD}  containers:\n    - name: app\n      livenessProbe: {httpGet: {port: 80, scheme: |}}\n`);
    assert.deepEqual(labels(scheme.items), ['HTTP', 'HTTPS']);
    assert.ok(accept(scheme.text, pick(scheme.items, 'HTTPS')).endsWith('{httpGet: {port: 80, scheme: HTTPS}}\n'));
    const spread = complete(`${POD_HEAD}  containers:\n    - name: app\n${PORTS}      startupProbe: {\n        tcpSocket: {\n          port: |\n        }\n      }\n`);
    assert.deepEqual(labels(spread.items), ['http', 'metrics']);
  });

  it('in a Deployment template, a container written wholly as {...}', () => {
    const { text, items } = complete(`${DEPLOYMENT_HEAD}      containers: [{name: app, ports: [{name: http, containerPort: 80}], livenessProbe: {httpGet: {port: |}}}]\n`);
    assert.deepEqual(labels(items), ['http']);
    assert.ok(accept(text, items[0]).endsWith('livenessProbe: {httpGet: {port: http}}}]\n'));
    assert.deepEqual(labels(complete(`${DEPLOYMENT_HEAD}      containers: [{name: app, imagePullPolicy: |}]\n`).items), ['Always', 'IfNotPresent', 'Never']);
  });

  it('typed `:` right after a key gets a leading space; a space after `key:` none', () => {
    const colon = complete(`${POD_HEAD}  containers:\n    - {name: app, imagePullPolicy:|}\n`, ':');
    assert.ok(accept(colon.text, pick(colon.items, 'Always')).endsWith('    - {name: app, imagePullPolicy: Always}\n'));
    const space = complete(`${POD_HEAD}  containers:\n    - {name: app, imagePullPolicy: |}\n`, ' ');
    assert.ok(accept(space.text, pick(space.items, 'Always')).endsWith('    - {name: app, imagePullPolicy: Always}\n'));
    assert.deepEqual(complete(`${POD_HEAD}  containers:\n    - {name: app, image: nginx:|}\n`, ':').items, [], 'a colon inside a value');
  });

  it('requests and limits take a quantity as in block style (nothing to list); after a `,` keys again, not values', () => {
    const flow = complete(`${POD_HEAD}  containers:\n    - name: app\n      resources: {requests: {cpu: |}}\n`);
    const block = complete(`${POD_HEAD}  containers:\n    - name: app\n      resources:\n        requests:\n          cpu: |\n`);
    assert.deepEqual(labels(flow.items), labels(block.items));
    const keys = labels(complete(`${POD_HEAD}  containers:\n    - name: app\n      readinessProbe: {httpGet: {port: 80, |}}\n`).items);
    assert.ok(keys.includes('path') && keys.includes('scheme'), keys.join());
    assert.ok(!keys.includes('port') && !keys.includes('HTTP'), keys.join());
  });
});

describe('completion: keys already in the same flow mapping are never offered', () => {
  const cases: [string, string, string[]][] = [
    ['after the last entry', `${POD_HEAD}  containers:\n    - {name: app, image: nginx, |}\n`, ['name', 'image']],
    ['between entries', `${POD_HEAD}  containers:\n    - {name: app, | image: nginx}\n`, ['name', 'image']],
    ['on a line of its own', `${POD_HEAD}  containers:\n    - {\n      name: app,\n      |\n    }\n`, ['name']],
    ['in a nested mapping', `${POD_HEAD}  containers:\n    - name: app\n      resources: {limits: {memory: 1Gi}, requests: {memory: 1Gi, |}}\n`, ['memory']],
  ];
  for (const [name, marked, written] of cases) {
    it(name, () => {
      const offered = labels(complete(marked).items);
      assert.ok(offered.length > 0, 'keys are offered');
      assert.equal(new Set(offered).size, offered.length, `each key once: ${offered.join()}`);
      for (const key of written) assert.ok(!offered.includes(key), `${key} is written: ${offered.join()}`);
    });
  }
});

describe('completion: a key inserted before another entry of the flow mapping', () => {
  const cases: [string, string, string][] = [
    ['after a comma, before the next entry', `${POD_HEAD}  containers:\n    - {name: app, | image: nginx}\n`, '    - {name: app, tty: , image: nginx}\n'],
    ['right after `{`, before a space and the first entry', `${POD_HEAD}  containers:\n    - { | name: app, image: nginx}\n`, '    - { tty: , name: app, image: nginx}\n'],
    ['on a line of its own, the next entry on the line below', `${POD_HEAD}  containers:\n    - {name: app,\n       |\n       image: nginx}\n`, '       tty: ,\n       image: nginx}\n'],
    ['before a comment, the next entry on the line below', `${POD_HEAD}  containers:\n    - {name: app,\n       | # to do\n       image: nginx}\n`, '       tty: , # to do\n       image: nginx}\n'],
  ];
  for (const [name, marked, expected] of cases) {
    it(`${name}: gets a comma, so the entry after it stays an entry`, () => {
      const { text, items } = complete(marked);
      const accepted = accept(text, pick(items, 'tty'));
      assert.ok(accepted.endsWith(expected), accepted);
      const parsed = service.parse(accepted);
      assert.deepEqual(service.validate(parsed).filter((d) => d.code === 'yaml-syntax'), []);
    });
  }

  it('before the closing brace, or when a colon follows, nothing is added', () => {
    const { text, items } = complete(`${POD_HEAD}  containers:\n    - {name: app, image: nginx, | }\n`);
    assert.ok(accept(text, pick(items, 'tty')).endsWith('    - {name: app, image: nginx, tty:  }\n'));
    const typed = complete(`${POD_HEAD}  containers:\n    - {name: app, ima|: nginx}\n`);
    assert.ok(accept(typed.text, pick(typed.items, 'image')).endsWith('    - {name: app, image: nginx}\n'));
  });
});
