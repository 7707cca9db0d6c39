import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { accept, cursor } from '../helpers/cursor';
import { service, yaml } from '../helpers/service';

function complete(marked: string, mark = '|', trigger?: string): { text: string; items: CompletionItem[] } {
  const { text, position } = cursor(marked, mark);
  return { text, items: service.complete(service.parse(text), position, {}, trigger) };
}

// Snippets are in the same list (test/service/snippetCompletions.test.ts): the schema's items here.
const schemaItems = (items: CompletionItem[]): CompletionItem[] => items.filter((i) => i.kind !== CompletionItemKind.Snippet);
const labels = (items: CompletionItem[]): string[] => schemaItems(items).map((i) => i.label);
const sorted = (items: CompletionItem[]): string[] => schemaItems(items).sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
const pick = (items: CompletionItem[], label: string): CompletionItem => {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} in ${labels(items).join(', ')}`);
  return found;
};

const POD_HEAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n';

describe('completion: keys', () => {
  it('offers the container keys on an empty line, with type and description, minus those already written above and below', () => {
    const { items } = complete(`${POD_HEAD}  containers:\n    - name: app\n      |\n      ports:\n        - containerPort: 80\n`);
    const image = pick(items, 'image');
    assert.equal(image.kind, 10);
    assert.match(image.detail!, /^string — Container image name\./);
    assert.match((image.documentation as { value: string }).value, /More info: https:\/\/kubernetes.io\/docs\/concepts\/containers\/images/);
    assert.ok(!labels(items).includes('name') && !labels(items).includes('ports'), labels(items).join());
    assert.ok(labels(items).includes('livenessProbe') && labels(items).includes('resources'));
  });

  it('counts lines as LSP does in a file with lone CR line ends: the range is the typed word on its line', () => {
    const { items } = complete(`${POD_HEAD}  containers:\n    - name: app\n      imag|\n`.replace(/\n/g, '\r'));
    const image = pick(items, 'image');
    assert.deepEqual(image.textEdit && 'range' in image.textEdit ? image.textEdit.range : undefined, {
      start: { line: 7, character: 6 },
      end: { line: 7, character: 10 },
    });
    assert.ok(!labels(items).includes('name'), 'the sibling on the line above is seen');
  });

  it('mid-word, the typed word is replaced; editing a key replaces the key only', () => {
    const typed = complete(`${POD_HEAD}  containers:\n    - name: app\n      imag|\n`);
    assert.equal(accept(typed.text, pick(typed.items, 'image')), `${POD_HEAD}  containers:\n    - name: app\n      image: \n`);
    const editing = complete(`${POD_HEAD}  contai|nrs:\n    - name: app\n`);
    const containers = pick(editing.items, 'containers');
    assert.equal(containers.insertTextFormat, 1);
    assert.equal(accept(editing.text, containers), `${POD_HEAD}  containers:\n    - name: app\n`);
  });

  it('inside a `- ` item lists the item type keys, required first', () => {
    const { text, items } = complete(`${POD_HEAD}  containers:\n    - name: app\n      ports:\n        - |\n`);
    assert.deepEqual(sorted(items), ['containerPort', 'hostIP', 'hostPort', 'name', 'protocol']);
    assert.equal(pick(items, 'containerPort').detail?.startsWith('integer (required)'), true);
    assert.equal(accept(text, pick(items, 'protocol')), `${POD_HEAD}  containers:\n    - name: app\n      ports:\n        - protocol: SCTP\n`);
  });

  it('on an empty line under a list key, or at the column of its `- `, an item key comes with its `- `', () => {
    const empty = complete(`${POD_HEAD}  containers:\n    |\n`);
    assert.equal(sorted(empty.items)[0], 'name');
    assert.equal(accept(empty.text, pick(empty.items, 'ports')), `${POD_HEAD}  containers:\n    - ports:\n        - \n`);
    const next = complete(`${POD_HEAD}  containers:\n    - name: app\n      image: nginx\n    |\n`);
    assert.ok(labels(next.items).includes('name'), 'a new item has none of the keys of the previous one');
    assert.equal(accept(next.text, pick(next.items, 'image')), `${POD_HEAD}  containers:\n    - name: app\n      image: nginx\n    - image: \n`);
  });

  it('object-valued keys open a nested mapping or a list at the right depth, following the file (Deployment, compact lists)', () => {
    const marked = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
            - name: app
              |
    `;
    const { text, items } = complete(marked);
    const resources = accept(text, pick(items, 'resources'));
    assert.ok(resources.endsWith('    - name: app\n        resources:\n          \n'), resources);
    const env = accept(text, pick(items, 'env'));
    assert.ok(env.endsWith('    - name: app\n        env:\n        - \n'), env);
    assert.ok(!labels(items).includes('replicas'), 'keys of the container, not of the Deployment spec');
  });

  it('a file indented by four spaces gets four-space nesting', () => {
    const head = 'apiVersion: v1\nkind: Pod\nspec:\n    containers:\n        -   name: app\n            ';
    const { text, items } = complete(`${head}|\n`);
    assert.equal(accept(text, pick(items, 'resources')), `${head}resources:\n                \n`);
    assert.equal(accept(text, pick(items, 'ports')), `${head}ports:\n                - \n`);
  });

  it('keeps working in YAML broken while typing, and reads each document of a stream on its own', () => {
    const broken = complete(`${POD_HEAD}  containers:\n    - name: app\n      image: [nginx\n      |\n`);
    assert.ok(labels(broken.items).includes('imagePullPolicy'));
    const stream = complete(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 2\n---\n${POD_HEAD}  |\n  containers: []\n`,
    );
    assert.ok(labels(stream.items).includes('restartPolicy') && !labels(stream.items).includes('replicas'));
    assert.ok(!labels(stream.items).includes('containers'));
  });

  it('offers nothing in a block scalar, in YAML that is not Kubernetes, or under an unknown key', () => {
    assert.deepEqual(complete(`${POD_HEAD}  containers:\n    - name: app\n      args:\n        - |\n          ^\n`, '^').items, []);
    assert.deepEqual(complete(`${POD_HEAD}  containers:\n    - name: app\n      command: |\n        ^\n`, '^').items, []);
    assert.deepEqual(complete('jobs:\n  build:\n    |\n').items, []);
    assert.deepEqual(complete(`${POD_HEAD}  nosuch:\n    |\n`).items, []);
    assert.deepEqual(complete(`${POD_HEAD}  restartPolicy: Always  # the default|\n`).items, [], 'in a comment');
  });
});

describe('completion: values', () => {
  it('enum values, after `key: ` and right after the colon', () => {
    const spaced = complete(`${POD_HEAD}  restartPolicy: |\n`);
    assert.deepEqual(labels(spaced.items), ['Always', 'Never', 'OnFailure']);
    assert.equal(accept(spaced.text, spaced.items[1]), `${POD_HEAD}  restartPolicy: Never\n`);
    const tight = complete(`${POD_HEAD}  containers:\n    - name: app\n      imagePullPolicy:|`);
    assert.equal(accept(tight.text, pick(tight.items, 'IfNotPresent')), `${POD_HEAD}  containers:\n    - name: app\n      imagePullPolicy: IfNotPresent`);
  });

  it("a pod template's restartPolicy: only what its owner accepts", () => {
    const job = (extra: string) => `apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n${extra}  template:\n    spec:\n      restartPolicy: |\n`;
    assert.deepEqual(labels(complete(job('')).items), ['Never', 'OnFailure']);
    assert.deepEqual(labels(complete(job('  podFailurePolicy: {rules: []}\n')).items), ['Never']);
    const quoted = job('  podFailurePolicy: {rules: []}\n').replace('restartPolicy: |', 'restartPolicy: "|');
    assert.equal(service.parse(cursor(quoted).text).documents[0].document.object, undefined, 'the open quote breaks the document');
    assert.deepEqual(labels(complete(quoted).items), ['Never'], 'podFailurePolicy is still seen');
    const cron = 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: |\n';
    assert.deepEqual(labels(complete(cron).items), ['Never', 'OnFailure']);
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      restartPolicy: |\n';
    assert.deepEqual(labels(complete(deployment).items), ['Always']);
  });

  it('a quoted value is matched with its quote and keeps it; a boolean loses it', () => {
    const quoted = complete(`${POD_HEAD}  restartPolicy: "Ne|"\n`);
    assert.equal(pick(quoted.items, 'Never').filterText, '"Never');
    assert.equal(accept(quoted.text, pick(quoted.items, 'Never')), `${POD_HEAD}  restartPolicy: "Never"\n`);
    const single = complete(`${POD_HEAD}  containers:\n  - {name: a, image: b, imagePullPolicy: 'Al|'}\n`);
    assert.equal(accept(single.text, pick(single.items, 'Always')), `${POD_HEAD}  containers:\n  - {name: a, image: b, imagePullPolicy: 'Always'}\n`);
    const bool = complete(`${POD_HEAD}  hostNetwork: "tr|"\n`);
    assert.equal(pick(bool.items, 'true').filterText, '"true');
    assert.equal(accept(bool.text, pick(bool.items, 'true')), `${POD_HEAD}  hostNetwork: true\n`);
  });

  it('replaces a wrong value as a whole, and offers booleans', () => {
    const wrong = complete(`${POD_HEAD}  containers:\n    - name: app\n      ports:\n        - containerPort: 53\n          protocol: u|dp\n`);
    assert.ok(accept(wrong.text, pick(wrong.items, 'UDP')).includes('protocol: UDP\n'));
    assert.deepEqual(labels(complete(`${POD_HEAD}  hostNetwork: |\n`).items), ['true', 'false']);
  });

  it('volume names in volumeMounts, from this pod only', () => {
    const { items } = complete(
      `${POD_HEAD}  containers:\n    - name: app\n      volumeMounts:\n        - name: |\n  volumes:\n    - name: data\n      emptyDir: {}\n    - name: logs\n      emptyDir: {}\n` +
        `---\n${POD_HEAD}  volumes:\n    - name: other\n`,
    );
    assert.deepEqual(labels(items), ['data', 'logs']);
    assert.equal(items[0].detail, 'volume volumes[0]');
  });

  it("in a StatefulSet, the claims of its volumeClaimTemplates as well", () => {
    const sts = yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: db}
      spec:
        selector: {matchLabels: {app: db}}
        template:
          metadata: {labels: {app: db}}
          spec:
            volumes: [{name: config, configMap: {name: db}}]
            containers:
              - name: db
                image: postgres:16
                volumeMounts:
                  - name: |
        volumeClaimTemplates:
          - metadata: {name: data}
            spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
    `;
    const { items } = complete(sts);
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [['config', 'volume volumes[0]'], ['data', 'volume claim template spec.volumeClaimTemplates[0]']]);
  });

  it('volume names while the line being typed breaks the document (an open quote)', () => {
    const text = `${POD_HEAD}  containers:\n    - name: app\n      volumeMounts:\n        - name: "da|\n  volumes:\n    - name: data\n      emptyDir: {}\n`;
    const { text: plain } = cursor(text);
    assert.equal(service.parse(plain).documents[0].document.object, undefined, 'the document does not parse');
    const { items } = complete(text);
    assert.deepEqual(labels(items), ['data']);
    assert.ok(accept(plain, items[0]).includes('        - name: "data"\n'), 'the quote typed is kept, and closed');
  });

  it('the container named ports in its probes and lifecycle handlers', () => {
    const text = `${POD_HEAD}  containers:\n    - name: app\n      ports:\n        - name: http\n          containerPort: 8080\n        - name: metrics\n          containerPort: 9090\n      readinessProbe:\n        httpGet:\n          port: |\n    - name: other\n      ports: [{name: grpc, containerPort: 9000}]\n`;
    assert.deepEqual(labels(complete(text).items), ['http', 'metrics']);
    const tcp = text.replace('readinessProbe:\n        httpGet', 'lifecycle:\n        preStop:\n          tcpSocket').replace('          port: |', '            port: |');
    assert.deepEqual(labels(complete(tcp).items), ['http', 'metrics']);
  });

  it('container names for targetContainerName, resourceFieldRef and the default-container annotation', () => {
    const containers = '  initContainers:\n    - name: init\n  containers:\n    - name: app\n      env:\n        - name: LIMIT\n          valueFrom:\n            resourceFieldRef:\n              containerName: CURSOR\n';
    const ephemeral = '  ephemeralContainers:\n    - name: debug\n      targetContainerName: CURSOR\n';
    assert.deepEqual(labels(complete(`${POD_HEAD}${containers.replace('CURSOR', '|')}`).items), ['init', 'app']);
    assert.deepEqual(labels(complete(`${POD_HEAD}${containers.replace('CURSOR', 'x')}${ephemeral.replace('CURSOR', '|')}`).items), ['init', 'app']);
    const annotated = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    kubectl.kubernetes.io/default-container: |\nspec:\n${containers.replace('CURSOR', 'x')}`;
    assert.deepEqual(labels(complete(annotated).items), ['init', 'app']);
  });

  it('kinds and API versions at the top of a document', () => {
    assert.deepEqual(labels(complete('apiVersion: batch/v1\nkind: |\n').items), ['Job', 'CronJob']);
    assert.deepEqual(labels(complete('apiVersion: |\nkind: Deployment\n').items), ['apps/v1']);
  });
});

describe('completion: typed trigger characters', () => {
  const typed = (marked: string, trigger: string) => labels(complete(marked, '|', trigger).items);

  it('a space after `- ` or after `key:`, a colon right after a key: a list', () => {
    assert.ok(typed(`${POD_HEAD}  containers:\n    - |\n`, ' ').includes('image'));
    assert.deepEqual(typed(`${POD_HEAD}  restartPolicy: |\n`, ' '), ['Always', 'Never', 'OnFailure']);
    assert.deepEqual(typed(`${POD_HEAD}  restartPolicy:|\n`, ':'), ['Always', 'Never', 'OnFailure']);
  });

  it('a space typed as indentation or inside a value, a colon inside a value: nothing', () => {
    assert.deepEqual(typed(`${POD_HEAD}  containers:\n    - name: app\n      |\n`, ' '), []);
    assert.deepEqual(typed(`${POD_HEAD}  containers:\n    - name: app\n      command: sh -c |\n`, ' '), []);
    assert.deepEqual(typed(`${POD_HEAD}  containers:\n    - name: app\n      image: nginx:|\n`, ':'), []);
  });
});

describe('completion: apiVersion and kind', () => {
  it('offers the missing one of the two at the top of a document, then its values', () => {
    assert.deepEqual(labels(complete('kind: Pod\n|\n').items), ['apiVersion']);
    assert.deepEqual(labels(complete('apiVersion: apps/v1\nmetadata: {}\n|').items), ['kind']);
    assert.deepEqual(labels(complete('kind: Pod\napiVersion: |\n').items), ['v1']);
    assert.deepEqual(complete('name: x\n|\n').items, [], 'YAML with neither is not a Kubernetes object');
  });
});

describe('completion: keys inside flow mappings', () => {
  const DEPLOYMENT_HEAD = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n';

  it('after a comma in a container written as {...} in a Deployment template: the container keys not written yet', () => {
    const { text, items } = complete(`${DEPLOYMENT_HEAD}      containers: [{name: app, |}]\n`);
    assert.ok(labels(items).includes('image') && labels(items).includes('ports'), labels(items).join());
    assert.ok(!labels(items).includes('name'));
    assert.equal(accept(text, pick(items, 'image')), `${DEPLOYMENT_HEAD}      containers: [{name: app, image: }]\n`);
  });

  it('a half-typed key is replaced, and not counted as written', () => {
    const { text, items } = complete(`${POD_HEAD}  containers:\n    - {name: app, imag|}\n`);
    assert.equal(accept(text, pick(items, 'image')), `${POD_HEAD}  containers:\n    - {name: app, image: }\n`);
    const typedWhole = complete(`${POD_HEAD}  containers:\n    - {name: app, image|: nginx}\n`);
    assert.equal(accept(typedWhole.text, pick(typedWhole.items, 'imagePullPolicy')), `${POD_HEAD}  containers:\n    - {name: app, imagePullPolicy: nginx}\n`);
  });

  it('in a nested {...}: the keys of that object', () => {
    const { items } = complete(`${POD_HEAD}  containers:\n    - name: app\n      resources: {requests: {cpu: 100m}, |}\n`);
    assert.deepEqual(labels(items).sort(), ['claims', 'limits']);
  });

  it('nothing where a value goes, or outside a Kubernetes object', () => {
    assert.deepEqual(labels(complete(`${POD_HEAD}  containers: [{name: |}]\n`).items), []);
    assert.deepEqual(complete('settings: {a: 1, |}\n').items, []);
  });
});

describe('completion: resource names in requests and limits', () => {
  it('cpu, memory, ephemeral-storage and huge pages in a container, minus those written', () => {
    const { text, items } = complete(`${POD_HEAD}  containers:\n    - name: app\n      resources:\n        limits:\n          cpu: 500m\n          |\n`);
    assert.deepEqual(labels(items), ['memory', 'ephemeral-storage', 'hugepages-2Mi', 'hugepages-1Gi']);
    assert.match(pick(items, 'memory').detail!, /^quantity — Memory, in bytes/);
    assert.equal(accept(text, pick(items, 'memory')), `${POD_HEAD}  containers:\n    - name: app\n      resources:\n        limits:\n          cpu: 500m\n          memory: \n`);
    assert.deepEqual(labels(complete(`${POD_HEAD}  containers:\n    - name: app\n      resources: {requests: {cpu: 1, |}}\n`).items), ['memory', 'ephemeral-storage', 'hugepages-2Mi', 'hugepages-1Gi']);
  });

  it('storage in a StatefulSet volume claim template; nothing in a map of plain strings', () => {
    const claim = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  volumeClaimTemplates:\n    - metadata: {name: data}\n      spec:\n        resources:\n          requests:\n            |\n';
    assert.deepEqual(labels(complete(claim).items), ['storage']);
    assert.deepEqual(labels(complete(`${POD_HEAD}  nodeSelector:\n    |\n`).items), []);
  });
});
