import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

const both = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: agent}
  spec:
    hostUsers: false
    hostNetwork: true
    hostPID: true
    containers: [{name: agent, image: prom/node-exporter:v1.8.2}]
`;

ruleTester('host-users-host-namespace', {
  valid: [
    {
      name: 'hostUsers: false alone; host namespaces with hostUsers unset or true',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec:
          hostUsers: false
          containers: [{name: app, image: nginx:1.27}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: b}
        spec:
          hostUsers: true
          hostNetwork: true
          hostIPC: true
          containers: [{name: app, image: nginx:1.27}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: c}
        spec:
          hostPID: true
          containers: [{name: app, image: nginx:1.27}]
      `,
    },
    { name: 'Kubernetes 1.32: hostUsers is dropped unless the feature gate is on', text: both, settings: { kubernetesVersion: '1.32' } },
  ],
  invalid: [
    {
      name: 'hostNetwork and hostPID in a user namespace',
      text: both,
      findings: [
        {
          at: '6:16-6:20',
          message: "spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false; a pod in its own user namespace cannot share the node's network namespace: remove hostNetwork, or hostUsers: false",
          path: 'spec.hostNetwork',
        },
        {
          at: '7:12-7:16',
          message: "spec.HostPID: Forbidden: when `pod.Spec.HostUsers` is false; a pod in its own user namespace cannot share the node's process namespace: remove hostPID, or hostUsers: false",
          path: 'spec.hostPID',
        },
      ],
    },
    {
      name: 'hostIPC in a DaemonSet template, Kubernetes 1.33',
      settings: { kubernetesVersion: '1.33' },
      text: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              hostUsers: false
              hostIPC: true
              containers: [{name: agent, image: prom/node-exporter:v1.8.2}]
      `,
      findings: [{ at: '10:16-10:20', message: /^spec\.template\.spec\.HostIPC: Forbidden: when `pod\.Spec\.HostUsers` is false; .* IPC namespace/, path: 'spec.template.spec.hostIPC' }],
    },
  ],
});
