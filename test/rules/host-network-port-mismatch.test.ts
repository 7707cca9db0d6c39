import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleTester } from '../helpers/ruleTester';
import { service, yaml } from '../helpers/service';

ruleTester('host-network-port-mismatch', {
  valid: [
    {
      name: 'hostNetwork with hostPort equal or unset; a mapping without hostNetwork',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers:
            - {name: a, image: nginx:1.27, ports: [{containerPort: 9100, hostPort: 9100}, {containerPort: 9101}]}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: q}
        spec:
          containers: [{name: a, image: nginx:1.27, ports: [{containerPort: 80, hostPort: 8080}]}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a hostPort that differs: set it to the containerPort (comment kept)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers:
            - name: agent
              image: prom/node-exporter:v1.8.2
              ports:
                - containerPort: 9100
                  hostPort: 19100   # scraped here
      `,
      findings: [
        {
          at: '11:21-11:26',
          message: 'Invalid value: 19100: must match `containerPort` (9100) when `hostNetwork` is true',
          path: 'spec.containers[0].ports[0].hostPort',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers:
            - name: agent
              image: prom/node-exporter:v1.8.2
              ports:
                - containerPort: 9100
                  hostPort: 9100    # scraped here
      `,
    },
    {
      name: 'in a DaemonSet template',
      text: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              hostNetwork: true
              containers: [{name: agent, image: prom/node-exporter:v1.8.2, ports: [{containerPort: 9100, hostPort: 80}]}]
      `,
      findings: [{ at: '10:108-10:110', message: 'Invalid value: 80: must match `containerPort` (9100) when `hostNetwork` is true' }],
      output: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              hostNetwork: true
              containers: [{name: agent, image: prom/node-exporter:v1.8.2, ports: [{containerPort: 9100, hostPort: 9100}]}]
      `,
    },
  ],
});

describe('host-network-port-mismatch: which number is meant is the user\'s call', () => {
  it('offers both numbers, prefers neither, and fix-all (--fix) changes nothing', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers:\n    - name: agent\n      image: prom/node-exporter:v1.8.2\n      ports: [{containerPort: 9100, hostPort: 9101}]\n';
    const file = service.parse(text);
    const [d] = service.validate(file).filter((x) => x.code === 'host-network-port-mismatch');
    const actions = service.codeActions(file, { uri: 'file:///p.yaml', range: d.range, diagnostics: [d], only: ['quickfix'] });
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false]), [['Set hostPort to 9100', false], ['Set containerPort to 9101', false]]);
    assert.equal(service.fixAll(text).text, text);
  });
});
