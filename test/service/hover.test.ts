import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { cursor } from '../helpers/cursor';
import { at, service } from '../helpers/service';

function hover(marked: string): Hover | null {
  const { text, position } = cursor(marked);
  return service.hover(service.parse(text), position);
}

const text = (h: Hover | null): string => (h?.contents as { value: string } | undefined)?.value ?? '';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';

describe('hover', () => {
  it('on a key: type, required, description and the API reference section of the type that declares it', () => {
    const h = hover(`${POD}      ports:\n        - contain|erPort: 8080\n`);
    assert.equal(at(h!.range!), '10:11-10:24');
    assert.equal(
      text(h),
      "**containerPort** `integer` · required\n\nNumber of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.\n\n" +
        '[ContainerPort · Kubernetes 1.36 API reference](https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#containerport-v1-core)',
    );
  });

  it('on a value, deep in a Deployment template, and on metadata (a meta/v1 type)', () => {
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        resources:\n          limits:\n            memory: 1Gi\n';
    const h = hover(deployment.replace('memory: 1Gi', 'memory: 1G|i'));
    assert.match(text(h), /^\*\*memory\*\* `quantity`/);
    assert.match(text(h), /Limits describes the maximum amount of compute resources allowed/);
    assert.match(text(h), /#resourcerequirements-v1-core\)$/, 'a map entry: the type that holds the map');
    assert.match(text(hover(deployment.replace('resources:', 'resour|ces:'))), /^\*\*resources\*\* `ResourceRequirements`[\s\S]*#container-v1-core\)$/);
    assert.match(text(hover(deployment.replace('  name: web', '  na|me: web'))), /#objectmeta-v1-meta\)$/);
    assert.match(text(hover(deployment.replace('  template:', '  tem|plate:'))), /^\*\*template\*\* `PodTemplateSpec` · required[\s\S]*#deploymentspec-v1-apps\)$/);
  });

  it('on a name that refers to something in the pod: what it refers to; on kind: the kind', () => {
    const pod = `${POD}      ports: [{name: http, containerPort: 8080}]\n      readinessProbe:\n        tcpSocket: {port: http}\n      livenessProbe:\n        httpGet:\n          port: http\n      volumeMounts:\n        - name: "data"\n          mountPath: /data\n  volumes:\n    - name: data\n      emptyDir: {}\n`;
    const lines = pod.split('\n');
    const at = (line: number, needle: string) => service.hover(service.parse(pod), { line, character: lines[line].indexOf(needle) + 1 });
    const port = lines.findIndex((l) => l.includes('port: http') && !l.includes('{'));
    assert.match(text(at(port, 'http')), /^\*\*port\*\* `integer or string` · required\n\nRefers to the container port `http` \(ports\[0\]: 8080\)\.\n\nName or number/);
    assert.doesNotMatch(text(at(port, 'port')), /Refers to/, 'on the key: the field only');
    const mount = lines.findIndex((l) => l.includes('- name: "data"'));
    assert.match(text(at(mount, 'data')), /Refers to the volume `data` \(volumes\[0\]\)\./);
    assert.match(text(hover('apiVersion: v1\nkind: P|od\n')), /^\*\*kind\*\* `"Pod"` · required\n\nPod is a collection of containers that can run on a host\./);
  });

  it("on a diagnostic's node: the message and the rule's documentation", () => {
    const h = hover(`${POD}      imagePullPolicy: alw|ays\n`);
    const parts = text(h).split('\n\n---\n\n');
    assert.equal(parts.length, 2);
    assert.match(parts[0], /^\*\*imagePullPolicy\*\* `enum`/);
    assert.match(parts[1], /^\*\*podlint `unsupported-value`\*\*: Unsupported value "always" for imagePullPolicy: .* \(\[docs\]\(file:.*rules\.md#unsupported-value\)\)/);
    assert.match(parts[1], /Fields such as `restartPolicy`/);
    const unknown = text(hover(`${POD}      Ima|ge: x\n`));
    assert.match(unknown, /^\*\*podlint `unknown-field`\*\*: unknown field "Image"/, 'an unknown key has no field doc, only the rule');
  });

  it('inside a {...} mapping: the entry under the cursor, not the key that holds the mapping', () => {
    const pod = `${POD}      ports: [{name: http, containerPort: 8080}]\n      readinessProbe:\n        httpGet: {path: /healthz, port: http}\n      securityContext: {runAsNonRoot: true, privileged: false}\n`;
    const port = hover(pod.replace('path: /healthz, port', 'path: /healthz, po|rt'));
    assert.match(text(port), /^\*\*port\*\* `integer or string` · required\n\nName or number of the port/);
    assert.equal(at(port!.range!), '11:35-11:39');
    assert.match(text(hover(pod.replace('port: http}', 'port: ht|tp}'))), /Refers to the container port `http` \(ports\[0\]: 8080\)\./);
    assert.match(text(hover(pod.replace('privileged: false', 'privi|leged: false'))), /^\*\*privileged\*\* `boolean`/);
    assert.match(text(hover(pod.replace('{name: http', '{na|me: http'))), /^\*\*name\*\* `string`[\s\S]*#containerport-v1-core\)$/);
    // A container written as one flow mapping, in a Deployment's template.
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n      - {name: app, image: "nginx:1.27", imagePullPolicy: Always}\n';
    assert.match(text(hover(deployment.replace('imagePullPolicy', 'imagePull|Policy'))), /^\*\*imagePullPolicy\*\* `enum`[\s\S]*#container-v1-core\)$/);
    assert.match(text(hover(deployment.replace('"nginx:1.27"', '"ngi|nx:1.27"'))), /^\*\*image\*\* `string`/);
    assert.equal(hover(deployment.replace('{name: app,', '{name: app,| ')), null, 'between entries: nothing, not the outer key');
  });

  it('inside a {...} mapping of a document that does not parse: nothing, not the key that holds the mapping', () => {
    const broken = `${POD}      command: [sleep, "{"]\n      readinessProbe:\n        httpGet: {path: /healthz, port: http}\n  volumes: [\n`;
    assert.equal(service.parse(broken).documents[0].document.object, undefined, 'the document does not parse');
    assert.equal(hover(broken.replace('port: http', 'po|rt: http')), null);
    assert.equal(hover(broken.replace('httpGet: {', 'httpGet: |{')), null, 'on the brace');
    assert.match(text(hover(broken.replace('httpGet:', 'http|Get:'))), /^\*\*httpGet\*\* `HTTPGetAction`/, 'its key is still described');
    assert.match(text(hover(broken.replace('sleep', 'sle|ep'))), /^\*\*command\*\* `\[\]string`/, 'a [...] of scalars, a quoted brace in it: its key');
  });

  it('nothing where there is nothing to say', () => {
    assert.equal(hover(`${POD}|\n`), null);
    assert.equal(hover('jobs:\n  bu|ild: 1\n'), null);
  });
});
