import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleTester } from '../helpers/ruleTester';
import { service, yaml } from '../helpers/service';

ruleTester('unknown-field', {
  valid: [
    {
      name: 'every field known',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: {Any_Key: v}}
        spec:
          nodeSelector: {AnyKey: v}
          containers:
            - name: app
              image: nginx:1.27
              ports: [{containerPort: 80}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a typo equally near two fields: both named, neither applied for the user',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              readinessProbe:
                httpGet: {post: 8080}
      `,
      findings: [{ at: '9:19-9:23', message: 'unknown field "post" in an HTTP get action; did you mean "host" or "port"?' }],
    },
    {
      name: 'casing mistake: renamed, comment kept',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - ContainerPort: 8080 # http
      `,
      findings: [
        {
          at: '9:11-9:24',
          message: 'unknown field "ContainerPort" in a container port; did you mean "containerPort"?',
          path: 'spec.containers[0].ports[0].ContainerPort',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - containerPort: 8080 # http
      `,
    },
    {
      name: 'typo in a volume source, quoted key keeps its quotes',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
          volumes:
            - name: data
              scaleIO: {gateway: g, system: s, secretRef: {name: x}, "protectionDoamin": pd}
      `,
      findings: [{ at: '8:62-8:80', message: 'unknown field "protectionDoamin" in a scale IO volume source; did you mean "protectionDomain"?' }],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
          volumes:
            - name: data
              scaleIO: {gateway: g, system: s, secretRef: {name: x}, "protectionDomain": pd}
      `,
    },
    {
      name: 'no close match: no suggestion, no fix',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: a}}
          template:
            metadata: {labels: {app: a}}
            spec:
              containers: [{name: app, image: nginx:1.27, sidecarMode: true}]
      `,
      findings: [{ at: '9:51-9:62', message: 'unknown field "sidecarMode" in a container' }],
    },
    {
      name: 'the suggestion skips a field that is already set',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              Image: nginx:1.28
      `,
      findings: [{ at: '8:7-8:12', message: 'unknown field "Image" in a container' }],
    },
  ],
});

describe('unknown-field: two keys that would be renamed to the same field', () => {
  const text = yaml`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: app
          image: nginx:1.27
          env:
            - name: POD
              valueFrom:
                fieldref: {fieldPath: metadata.name}
                FieldRef: {fieldPath: metadata.uid}
  `;

  it('offers both renames, prefers neither, and fix-all (--fix) leaves them to the user', () => {
    const file = service.parse(text);
    const found = service.validate(file).filter((d) => d.code === 'unknown-field');
    assert.equal(found.length, 2);
    for (const d of found) {
      const actions = service.codeActions(file, { uri: 'file:///p.yaml', range: d.range, diagnostics: [d], only: ['quickfix'] });
      assert.deepEqual(actions.map((a) => [a.title.replace(/"(fieldref|FieldRef)"/, '"?"'), a.isPreferred ?? false]), [['Rename "?" to "fieldRef"', false]]);
    }
    assert.equal(service.fixAll(text).text, text);
  });

  it('a single one is still renamed by fix-all', () => {
    const one = text.replace(/^ *FieldRef: .*\n/m, '');
    assert.match(service.fixAll(one).text, /^ {12}fieldRef: \{fieldPath: metadata\.name\}$/m);
  });
});

describe('unknown-field: types named in the plural read as such', () => {
  it('"in the resource requirements", "in the capabilities"', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      resources: {limit: {cpu: 1}}\n      securityContext: {capabilities: {remove: [ALL]}}\n';
    const messages = service.validate(service.parse(text)).filter((d) => d.code === 'unknown-field').map((d) => d.message);
    assert.deepEqual(messages, [
      'unknown field "limit" in the resource requirements; did you mean "limits"?',
      'unknown field "remove" in the capabilities',
    ]);
  });
});
