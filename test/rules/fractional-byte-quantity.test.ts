import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('fractional-byte-quantity', {
  valid: [
    {
      name: 'whole bytes in any notation; millicores are fine for cpu',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources:
                requests: {cpu: 250m, memory: 0.5Ki, ephemeral-storage: 1.5G}
                limits: {cpu: 500m, memory: 1e9, ephemeral-storage: 2Gi}
      `,
    },
  ],
  invalid: [
    {
      name: 'milli where mega was meant, in a sidecar of a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                - name: log-shipper
                  image: fluent/fluent-bit:3.1
                  resources:
                    limits: {memory: 128m, ephemeral-storage: 1Gi}
      `,
      findings: [
        {
          at: '15:30-15:34',
          message: 'fractional byte value "128m" is invalid, must be an integer (memory of container "log-shipper"); did you mean "128Mi" (2^20 bytes) or "128M" (10^6 bytes)?',
          path: 'spec.template.spec.containers[1].resources.limits.memory',
        },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                - name: log-shipper
                  image: fluent/fluent-bit:3.1
                  resources:
                    limits: {memory: 128Mi, ephemeral-storage: 1Gi}
      `,
    },
    {
      name: 'half a byte of ephemeral storage in an init container: no guess at what was meant',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: setup
              image: busybox:1.36
              resources: {requests: {ephemeral-storage: 0.5}}
          containers: [{name: app, image: nginx:1.27}]
      `,
      findings: [{ at: '8:49-8:52', message: 'fractional byte value "0.5" is invalid, must be an integer (ephemeral-storage of init container "setup")' }],
    },
  ],
});
