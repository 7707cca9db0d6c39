import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

const MESSAGE =
  "Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled; with hostPID: true the containers already share the node's process namespace: remove shareProcessNamespace, or hostPID if only the pod's own containers need to see each other";

ruleTester('share-process-namespace-host-pid', {
  valid: [
    {
      name: 'shareProcessNamespace alone; hostPID with shareProcessNamespace false',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          shareProcessNamespace: true
          containers: [{name: app, image: nginx:1.27}, {name: shell, image: busybox:1.36}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: q}
        spec:
          hostPID: true
          shareProcessNamespace: false
          containers: [{name: agent, image: prom/node-exporter:v1.8.2}]
      `,
    },
  ],
  invalid: [
    {
      name: 'both enabled in a Pod',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: debug}
        spec:
          hostPID: true
          shareProcessNamespace: true
          containers:
            - {name: app, image: nginx:1.27}
            - {name: profiler, image: busybox:1.36}
      `,
      findings: [{ at: '6:26-6:30', message: MESSAGE, path: 'spec.shareProcessNamespace' }],
    },
    {
      name: 'in a Deployment template, with YAML 1.1 booleans',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              shareProcessNamespace: yes
              hostPID: on
              containers: [{name: app, image: nginx:1.27}]
      `,
      findings: [{ at: '9:30-9:33', message: MESSAGE, path: 'spec.template.spec.shareProcessNamespace' }],
    },
  ],
});
