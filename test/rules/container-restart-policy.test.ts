import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('container-restart-policy', {
  valid: [
    {
      name: 'a native sidecar; per-container restart policies (Kubernetes 1.35+)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}
            - {name: migrate, image: app:1.0, restartPolicy: Never}
          containers:
            - {name: app, image: nginx:1.27, restartPolicy: OnFailure}
      `,
    },
    {
      name: 'Kubernetes 1.28: the field is not in the schema yet, and unknown-field alone says so',
      settings: { kubernetesVersion: '1.28' },
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}
          containers:
            - {name: app, image: nginx:1.27, restartPolicy: Always}
      `,
    },
    {
      name: 'Kubernetes 1.29 to 1.34: a native sidecar',
      settings: { kubernetesVersion: '1.29' },
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always}
          containers: [{name: app, image: nginx:1.27}]
      `,
    },
  ],
  invalid: [
    {
      name: 'Kubernetes 1.34: regular containers may not set it, init containers only Always',
      settings: { kubernetesVersion: '1.34' },
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: migrate, image: app:1.0, restartPolicy: Never}
          containers:
            - {name: app, image: nginx:1.27, restartPolicy: Always}
      `,
      findings: [
        { at: '6:54-6:59', message: 'Unsupported value: "Never": supported values: "Always" (init container "migrate")' },
        { at: '8:38-8:51', message: /^Forbidden: may not be set for non-init containers; .*native sidecar/ },
      ],
    },
    {
      name: 'lowercase always on a sidecar: fixed to Always',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: log-shipper
              image: fluent/fluent-bit:3.1
              restartPolicy: always   # keep running
          containers: [{name: app, image: nginx:1.27}]
      `,
      findings: [
        {
          at: '8:22-8:28',
          message: 'Unsupported value: "always": supported values: "Always", "Never", "OnFailure" (init container "log-shipper")',
          path: 'spec.initContainers[0].restartPolicy',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: log-shipper
              image: fluent/fluent-bit:3.1
              restartPolicy: Always   # keep running
          containers: [{name: app, image: nginx:1.27}]
      `,
    },
    {
      name: 'an unknown value on a regular container in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27, restartPolicy: Sometimes}]
      `,
      findings: [{ at: '9:66-9:75', message: 'Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure" (container "app")' }],
    },
  ],
});
