import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { at, diagnose, findings, yaml } from '../helpers/service';

const seedPod = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers:
      - name: app
        image: nginx:1.27
        ports:
          - ContainerPort: 8080   # the seed's mistake
        resources: {requests: {cpu: 10m}}
      - name: sidecar
        image: busybox:1.36
        resources: {requests: {cpu: 10m}}
`;

describe('diagnostics on the seed example', () => {
  it('reports the casing mistake on the key, once, with a suggestion', () => {
    const ds = diagnose(seedPod);
    assert.equal(ds.length, 1, JSON.stringify(ds, null, 1));
    const [d] = ds;
    assert.equal(d.code, 'unknown-field');
    assert.equal(d.source, 'podlint');
    assert.equal(d.severity, 1);
    assert.equal(at(d.range), '10:11-10:24');
    assert.equal(d.message, 'unknown field "ContainerPort" in a container port; did you mean "containerPort"?');
    assert.deepEqual(d.data, { path: 'spec.containers[0].ports[0].ContainerPort', fixable: true });
    assert.match(String(d.codeDescription?.href), /^file:\/\/.*\/docs\/rules\.md#unknown-field$/);
  });

  it('finds the same mistake in a Deployment template and a CronJob template, at their lines', () => {
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
              - name: app
                image: nginx:1.27
                ports:
                  - ContainerPort: 8080
    `;
    assert.deepEqual(findings(deployment, 'unknown-field').map((f) => [f.at, f.path]), [
      ['16:15-16:28', 'spec.template.spec.containers[0].ports[0].ContainerPort'],
    ]);
    const cronJob = yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: report
      spec:
        schedule: "0 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: report
                    image: busybox:1.36
                    ports:
                      - ContainerPort: 8080
    `;
    assert.deepEqual(findings(cronJob, 'unknown-field').map((f) => [f.at, f.path]), [
      ['16:19-16:32', 'spec.jobTemplate.spec.template.spec.containers[0].ports[0].ContainerPort'],
    ]);
  });
});

describe('what is not a Kubernetes object gets nothing', () => {
  const cases: Record<string, string> = {
    'a GitHub workflow': yaml`
      name: ci
      on: [push]
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: npm test
    `,
    'a compose file': yaml`
      services:
        web:
          image: nginx
          ports: ["8080:80"]
    `,
    'Helm values': yaml`
      replicaCount: 1
      image:
        repository: nginx
        tag: ""
      containers:
        - ContainerPort: 80
    `,
    'a broken CI file': yaml`
      jobs:
        build:
          steps:
        - run: [oops
    `,
    'an empty file': '',
    'comments only': '# nothing here\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => assert.deepEqual(diagnose(text), []));
  }

  it('other kinds never get pod errors', () => {
    const text = yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        ports:
          - ContainerPort: 80
        containers: 3
      ---
      apiVersion: example.com/v1
      kind: Widget
      spec:
        containers:
          - name: Not_A_Label
    `;
    assert.deepEqual(diagnose(text), []);
  });
});

describe('multi-document files', () => {
  it('places diagnostics of later documents at their own lines', () => {
    const text = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: config
      data:
        a: "1"
      ---
      # the pod
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        containers:
          - name: app
            image: nginx:1.27
            imagePullPolicy: always
    `;
    assert.deepEqual(findings(text, 'unsupported-value').map((f) => f.at), ['17:24-17:30']);
  });

  it('a syntax error in one document does not hide problems in the others', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: [broken
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: ok
      spec:
        containers:
          - name: app
            image: nginx:1.27
            Ports: []
            resources: {requests: {cpu: 10m}}
    `;
    const codes = diagnose(text).map((d) => `${d.code}@${d.range.start.line + 1}`);
    assert.deepEqual(codes, ['yaml-syntax@5', 'unknown-field@14']);
  });
});

describe('YAML as kubectl reads it', () => {
  it('unquoted yes/no/on/off are booleans (YAML 1.1, as in go-yaml)', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        containers:
          - name: app
            image: nginx:1.27
            env:
              - name: A
                value: yes
              - name: B
                value: "no"
              - name: C
                value: 10:30
    `;
    assert.deepEqual(findings(text, 'invalid-type').map((f) => f.at), ['11:18-11:21']);
  });

  it('a field set to null counts as absent, as for the API server', () => {
    const text = yaml`
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: j
        creationTimestamp: null
      spec:
        template:
          metadata:
            creationTimestamp: null
          spec:
            restartPolicy: Never
            containers:
              - name: app
                image: busybox:1.36
                resources: null
    `;
    // No type error; and resources: null is as good as no resources at all (best practice).
    assert.deepEqual(diagnose(text).map((d) => d.code), ['missing-resources']);
  });

  it('applies anchors, aliases and merge keys before checking', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        containers:
          - &base
            name: app
            image: nginx:1.27
            imagePullPolicy: IfNotPresent
          - <<: *base
            name: sidecar
            imagePullPolicy: sometimes
    `;
    assert.deepEqual(findings(text, 'unsupported-value').map((f) => f.at), ['13:24-13:33']);
  });

  it('an escape kubectl accepts is a portability warning, not an error', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        containers:
          - name: app
            image: busybox:1.36
            command: ["sh", "-c", "echo \\'hi\\'"]
            resources: {requests: {cpu: 10m}}
    `;
    const ds = diagnose(text);
    assert.ok(ds.length > 0);
    assert.ok(ds.every((d) => d.code === 'yaml-portability' && d.severity === 2), JSON.stringify(ds));
  });

  it('quantities and int-or-string fields accept both forms', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        containers:
          - name: app
            image: nginx:1.27
            ports:
              - name: http
                containerPort: 8080
            resources:
              requests: {cpu: 500m, memory: 1Gi}
              limits: {cpu: 1, memory: 1.5e9, ephemeral-storage: 2G}
            readinessProbe:
              httpGet: {port: http, path: /healthz}
            livenessProbe:
              tcpSocket: {port: 8080}
    `;
    assert.deepEqual(diagnose(text), []);
  });
});

describe('settings', () => {
  it('turns a rule off or changes its severity', () => {
    assert.equal(diagnose(seedPod, { rules: { 'unknown-field': 'off' } }).length, 0);
    assert.equal(diagnose(seedPod, { rules: { 'unknown-field': 'warning' } })[0].severity, 2);
  });
});

describe('the bundled example', () => {
  it('examples/sidecar-pod.yaml shows one mistake of each common kind', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'sidecar-pod.yaml'), 'utf8');
    const codes = diagnose(text).map((d) => d.code);
    for (const code of ['unknown-field', 'unsupported-value', 'invalid-quantity', 'invalid-type']) {
      assert.ok(codes.includes(code), `${code} missing from ${codes.join(', ')}`);
    }
  });
});
