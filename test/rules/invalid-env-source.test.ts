import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ruleTester } from '../helpers/ruleTester';
import { findings, yaml } from '../helpers/service';

ruleTester('invalid-env-source', {
  valid: [
    {
      name: 'one source each; an empty value beside valueFrom',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - {name: A, value: "1"}
                - {name: B, value: "", valueFrom: {fieldRef: {fieldPath: metadata.name}}}
                - {name: C, valueFrom: {secretKeyRef: {name: s, key: k}}}
              envFrom: [{configMapRef: {name: app}}, {prefix: DB_, secretRef: {name: db}}]
      `,
    },
    {
      name: 'fileKeyRef is a source from Kubernetes 1.34',
      settings: { kubernetesVersion: '1.34' },
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env: [{name: A, valueFrom: {fileKeyRef: {volumeName: cfg, path: env, key: A}}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'value and valueFrom; two sources; no source; envFrom with both refs',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - name: DB_PASSWORD
                  value: changeme
                  valueFrom: {secretKeyRef: {name: db, key: password}}
                - name: B
                  valueFrom: {fieldRef: {fieldPath: metadata.name}, configMapKeyRef: {name: c, key: k}}
                - name: C
                  valueFrom: {}
              envFrom:
                - {configMapRef: {name: app}, secretRef: {name: app}}
      `,
      findings: [
        { at: '11:11-11:20', message: 'Invalid value: "": may not be specified when `value` is not empty', path: 'spec.containers[0].env[0].valueFrom' },
        { at: '13:11-13:20', message: 'Invalid value: "": may not have more than one field specified at a time' },
        { at: '15:11-15:20', message: 'Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`' },
        { at: '17:12-17:24', message: 'Invalid value: "": may not have more than one field specified at a time', path: 'spec.containers[0].envFrom[0]' },
      ],
    },
    {
      name: 'an envFrom entry with no source in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27, envFrom: [{prefix: APP_}]}]
      `,
      findings: [{ at: '9:62-9:68', message: 'Invalid value: "": must specify one of: `configMapRef` or `secretRef`' }],
    },
    {
      name: 'before 1.34 fileKeyRef is no source: neither counted nor offered',
      settings: { kubernetesVersion: '1.33' },
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - {name: A, valueFrom: {fileKeyRef: {volumeName: cfg, path: env, key: A}}}
                - {name: B, valueFrom: {}}
                - {name: C, valueFrom: {fileKeyRef: {volumeName: cfg, path: env, key: C}, secretKeyRef: {name: s, key: k}}}
      `,
      // A alone: unknown-field reports that fileKeyRef requires 1.34; no second error for the same line.
      findings: [
        { at: '10:21-10:30', message: 'Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`' },
      ],
    },
    {
      name: 'from 1.34 fileKeyRef is offered and counted',
      settings: { kubernetesVersion: '1.34' },
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - {name: A, valueFrom: {fileKeyRef: {volumeName: cfg, path: env, key: A}}}
                - {name: B, valueFrom: {}}
                - {name: C, valueFrom: {fileKeyRef: {volumeName: cfg, path: env, key: C}, secretKeyRef: {name: s, key: k}}}
      `,
      findings: [
        { at: '10:21-10:30', message: 'Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`' },
        { at: '11:21-11:30', message: 'Invalid value: "": may not have more than one field specified at a time' },
      ],
    },
  ],
});

it('invalid-env-source: before 1.34 a lone fileKeyRef is reported once, by unknown-field', () => {
  const text = yaml`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: app
          image: nginx:1.27
          env: [{name: A, valueFrom: {fileKeyRef: {volumeName: cfg, path: env, key: A}}}]
  `;
  const settings = { kubernetesVersion: '1.33' };
  assert.deepEqual(findings(text, 'invalid-env-source', settings), []);
  assert.deepEqual(findings(text, 'unknown-field', settings).map((f) => f.path), ['spec.containers[0].env[0].valueFrom.fileKeyRef']);
});
