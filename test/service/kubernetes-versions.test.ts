import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseFile } from '../../server/src/service/model/parsedFile';
import { checkDocument } from '../../server/src/service/rules/engine';
import type { ObjectRule } from '../../server/src/service/rules/types';
import { describeIntroduction, fieldIntroduction } from '../../server/src/service/schema/fieldHistory';
import { SchemaRegistry } from '../../server/src/service/schema/schemaStore';
import { compareVersions, versionAtLeast } from '../../server/src/service/util/kubernetesVersion';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { at, diagnose, problems, service, yaml } from '../helpers/service';

// One manifest using fields that arrived in 1.30 (appArmorProfile), 1.31 (image volumes),
// 1.32 (pod-level resources), 1.33 (stopSignal) and 1.34 (restartPolicyRules).
const sidecarPod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: web}
  spec:
    resources:
      limits: {cpu: "2"}
    securityContext:
      appArmorProfile: {type: RuntimeDefault}
    initContainers:
      - name: log-shipper
        image: fluent-bit:3.0
        restartPolicy: Always
        restartPolicyRules:
          - action: Restart
            exitCodes: {operator: In, values: [42]}
    containers:
      - name: app
        image: nginx:1.27
        lifecycle:
          stopSignal: SIGQUIT
    volumes:
      - name: models
        image: {reference: "registry.example/models:v1"}
`;

const unknownFields = (text: string, kubernetesVersion?: string) =>
  diagnose(text, { kubernetesVersion })
    .filter((d) => d.code === 'unknown-field')
    .map((d) => `${at(d.range)} ${d.message}`);

describe('Kubernetes versions', () => {
  it('bundles 1.28 to 1.34 and 1.36 (no npm package carries 1.35), the newest by default', () => {
    assert.deepEqual(service.kubernetesVersions, ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.36']);
    assert.equal(service.defaultKubernetesVersion, '1.36');
  });

  it('the same manifest: clean on 1.36, each newer field reported with the version it needs on older ones', () => {
    assert.deepEqual(unknownFields(sidecarPod), []);
    assert.deepEqual(unknownFields(sidecarPod, '1.34'), []);
    assert.deepEqual(unknownFields(sidecarPod, '1.33'), [
      '13:7-13:25 "restartPolicyRules" in an init container requires Kubernetes 1.34 or later; this file is checked against Kubernetes 1.33',
    ]);
    assert.deepEqual(unknownFields(sidecarPod, '1.28').slice(2, 3), [
      '12:7-12:20 "restartPolicy" in an init container requires Kubernetes 1.29 or later (before, only with the SidecarContainers feature gate enabled); this file is checked against Kubernetes 1.28',
    ]);
    assert.deepEqual(unknownFields(sidecarPod, '1.29'), [
      '5:3-5:12 "resources" in a pod spec requires Kubernetes 1.32 or later; this file is checked against Kubernetes 1.29',
      '8:5-8:20 "appArmorProfile" in a pod security context requires Kubernetes 1.30 or later; this file is checked against Kubernetes 1.29',
      '13:7-13:25 "restartPolicyRules" in an init container requires Kubernetes 1.34 or later; this file is checked against Kubernetes 1.29',
      '20:9-20:19 "stopSignal" in a lifecycle requires Kubernetes 1.33 or later; this file is checked against Kubernetes 1.29',
      '23:7-23:12 "image" in a volume requires Kubernetes 1.31 or later; this file is checked against Kubernetes 1.29',
    ]);
    const counts = service.kubernetesVersions.map((v) => unknownFields(sidecarPod, v).length);
    assert.deepEqual(counts, [6, 5, 4, 3, 2, 1, 0, 0]);
  });

  it('native sidecars: restartPolicy on an init container needs 1.29, where the feature is on by default', () => {
    const sidecar = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            initContainers:
              - name: proxy
                image: envoy:1.30
                restartPolicy: Always
            containers: [{name: app, image: nginx}]
    `;
    assert.deepEqual(unknownFields(sidecar, '1.29'), []);
    assert.deepEqual(unknownFields(sidecar, '1.28'), [
      '12:11-12:24 "restartPolicy" in an init container requires Kubernetes 1.29 or later (before, only with the SidecarContainers feature gate enabled); this file is checked against Kubernetes 1.28',
    ]);
  });

  it('a field missing from the bundled minor before it says what is known for sure', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  schedulingGroup: {}\n  containers: [{name: a, image: b}]\n';
    assert.equal(unknownFields(text, '1.36').length, 0);
    assert.deepEqual(unknownFields(text, '1.34'), [
      '5:3-5:18 "schedulingGroup" in a pod spec requires a Kubernetes version newer than 1.34 (it is in 1.36); this file is checked against Kubernetes 1.34',
    ]);
  });

  it('a newer field gets no "did you mean" and no rename, and what is inside it is not checked', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
          - name: app
            image: nginx
            restartPolicyRules: 5
    `;
    assert.deepEqual(problems(text, { kubernetesVersion: '1.36' }).map((d) => d.code), ['invalid-type']);
    const old = problems(text, { kubernetesVersion: '1.33' });
    assert.deepEqual(old.map((d) => d.code), ['unknown-field']);
    const file = service.parse(text);
    const actions = service.codeActions(file, { uri: 'file:///p.yaml', range: old[0].range, diagnostics: old, only: ['quickfix'] }, { kubernetesVersion: '1.33' });
    assert.deepEqual(actions, []);
    // A real typo still gets its suggestion, against the fields of the version checked.
    assert.match(unknownFields(text.replace('restartPolicyRules', 'restartPolicyy'), '1.33')[0], /did you mean "restartPolicy"\?$/);
  });

  it('a field an older version had and the newest removed is accepted by that version', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers: [{name: a, image: b}]
        resourceClaims:
          - name: gpu
            source: {resourceClaimName: gpu-claim}
    `;
    assert.deepEqual(unknownFields(text, '1.30'), []);
    assert.match(unknownFields(text, '1.31')[0], /^8:7-8:13 unknown field "source" in a pod resource claim/);
  });

  it('completions and hovers see the fields of the version (schemaAt)', () => {
    const registry = new SchemaRegistry();
    const props = (v: string) => Object.keys(registry.get(v).schemaAt('v1', 'Pod', ['spec', 'containers', 0])!.schema.properties!);
    assert.ok(props('1.36').includes('restartPolicyRules'));
    assert.ok(!props('1.33').includes('restartPolicyRules'));
    assert.ok(props('1.33').includes('restartPolicy'));
    assert.equal(registry.get('1.33').fieldIntroduction('io.k8s.api.core.v1.Container', 'restartPolicyRules')?.since, '1.34');
    assert.equal(registry.get('1.34').fieldIntroduction('io.k8s.api.core.v1.Container', 'restartPolicyRules'), undefined);
  });

  it('older versions are small on disk: one diff each in index.json, no schema or validators of their own', () => {
    const dir = new SchemaRegistry().dir;
    const folders = fs.readdirSync(dir).filter((f) => f.startsWith('kubernetes-'));
    assert.deepEqual(folders, ['kubernetes-1.36']);
    assert.ok(fs.statSync(path.join(dir, 'index.json')).size < 20_000);
  });

  it('rules see the version the object is checked against', () => {
    const seen: string[] = [];
    const probe: ObjectRule = {
      meta: { id: 'probe', severity: 'hint', description: 'x', docs: '', source: '', scope: 'workload' },
      check: (ctx) => void seen.push(ctx.kubernetesVersion),
    };
    const doc = parseFile('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n').documents[0].document;
    const registry = new SchemaRegistry();
    checkDocument(doc, registry.get('1.31'), [probe]);
    checkDocument(doc, registry.get('1.36'), [probe]);
    assert.deepEqual(seen, ['1.31', '1.36']);
    assert.ok(versionAtLeast('1.31', '1.29') && !versionAtLeast('1.9', '1.29') && compareVersions('1.30', '1.4') > 0);
  });

  it('an unsupported version in the settings is refused with the supported ones', () => {
    assert.throws(() => diagnose(sidecarPod, { kubernetesVersion: '1.20' }), {
      message: 'Kubernetes "1.20" is not supported; supported versions: 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34, 1.36',
    });
  });

  it('field history: the first bundled version that has a field, across a missing minor', () => {
    const versions = [
      { kubernetes: '1.33', source: 'a', removed: { T: ['x', 'y'] } },
      { kubernetes: '1.34', source: 'b', removed: { T: ['y'] } },
      { kubernetes: '1.36', source: 'c' },
    ];
    assert.deepEqual(fieldIntroduction(versions, '1.33', 'T', 'x'), { since: '1.34', after: '1.33' });
    const gated = [{ kubernetes: '1.28', source: 'a', removed: { T: ['x'] }, offByDefault: { 'T#x': 'Gate' } }, ...versions.slice(1)];
    assert.deepEqual(fieldIntroduction(gated, '1.28', 'T', 'x'), { since: '1.34', after: '1.28', gate: 'Gate' });
    assert.deepEqual(fieldIntroduction(versions, '1.33', 'T', 'y'), { since: '1.36', after: '1.34' });
    assert.equal(fieldIntroduction(versions, '1.34', 'T', 'x'), undefined);
    assert.equal(fieldIntroduction(versions, '1.33', 'T', 'z'), undefined);
    assert.equal(describeIntroduction({ since: '1.34', after: '1.33' }), 'requires Kubernetes 1.34 or later');
    assert.equal(describeIntroduction({ since: '1.36', after: '1.34' }), 'requires a Kubernetes version newer than 1.34 (it is in 1.36)');
    assert.equal(
      describeIntroduction({ since: '1.29', after: '1.28', gate: 'SidecarContainers' }),
      'requires Kubernetes 1.29 or later (before, only with the SidecarContainers feature gate enabled)',
    );
  });

  it('the editor setting offers exactly the bundled versions, the newest by default', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['podlint.kubernetesVersion'];
    assert.deepEqual(setting.enum, service.kubernetesVersions);
    assert.equal(setting.default, service.defaultKubernetesVersion);
    assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === 'podlint.selectKubernetesVersion'));
  });
});

describe('the # podlint: kubernetes= comment', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: b, restartPolicyRules: []}]\n';

  it('applies to the whole file and wins over the settings', () => {
    const text = `# owner: team-a\n# podlint: kubernetes=1.33\n${pod}---\n${pod}`;
    const file = service.parse(text);
    assert.deepEqual(service.kubernetesVersionFor(file, { kubernetesVersion: '1.36' }), { version: '1.33', from: 'comment' });
    const found = service.validate(file, { kubernetesVersion: '1.36' }).filter((d) => d.code === 'unknown-field');
    assert.deepEqual(found.map((d) => d.range.start.line), [6, 12], 'both documents are checked against 1.33');
  });

  it('is read only among the leading comments', () => {
    const file = service.parse(`${pod}# podlint: kubernetes=1.33\n`);
    assert.deepEqual(service.kubernetesVersionFor(file, {}), { version: '1.36', from: 'default' });
    assert.deepEqual(service.kubernetesVersionFor(file, { kubernetesVersion: '1.34' }), { version: '1.34', from: 'settings' });
  });

  it('a bad value is reported on the comment and the settings apply', () => {
    const file = service.parse(`# podlint: kubernetes=1.99\n${pod}`);
    assert.deepEqual(service.kubernetesVersionFor(file, { kubernetesVersion: '1.33' }), { version: '1.33', from: 'settings' });
    const ds = service.validate(file, { kubernetesVersion: '1.33' }).filter((d) => d.severity !== DiagnosticSeverity.Information);
    assert.deepEqual(ds.map((d) => `${d.code} ${at(d.range)}`), ['kubernetes-version-comment 1:23-1:27', 'unknown-field 6:36-6:54']);
    assert.match(ds[0].message, /\(checking against Kubernetes 1\.33\)$/);
  });

  it('is re-read when the comment is edited (the parse of the new text decides)', () => {
    const first = service.parse(`# podlint: kubernetes=1.33\n${pod}`);
    const second = service.parse(`# podlint: kubernetes=1.34\n${pod}`, first);
    assert.equal(service.validate(first).filter((d) => d.code === 'unknown-field').length, 1);
    assert.equal(service.validate(second).filter((d) => d.code === 'unknown-field').length, 0);
  });
});
