import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-quantity', {
  valid: [
    {
      name: 'the quantity forms the API accepts',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources:
                requests: {cpu: 250m, memory: 64Mi, ephemeral-storage: 1G}
                limits: {cpu: 0.5, memory: 1e9, nvidia.com/gpu: 1}
      `,
    },
  ],
  invalid: [
    {
      name: 'a shorter fix pads an aligned comment back to its column',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources:
                limits:
                  memory: "1 Gi"     # one gibibyte
      `,
      findings: [{ at: '10:19-10:25' }],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources:
                limits:
                  memory: "1Gi"      # one gibibyte
      `,
    },
    {
      name: 'in a StatefulSet template: a volume size and a sidecar limit',
      text: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              containers:
                - name: db
                  image: postgres:16
                - name: exporter
                  image: prometheuscommunity/postgres-exporter:v0.15.0
                  resources:
                    limits: {memory: 64MB}
              volumes:
                - name: scratch
                  emptyDir: {sizeLimit: 1 GB}
      `,
      findings: [
        { at: '16:30-16:34', path: 'spec.template.spec.containers[1].resources.limits.memory' },
        { at: '19:33-19:37', path: 'spec.template.spec.volumes[0].emptyDir.sizeLimit' },
      ],
    },
    {
      name: 'wrong case of a binary suffix and a space: safe fixes',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources:
                requests: {memory: 512mi}
                limits: {memory: "1 Gi"}
      `,
      findings: [
        { at: '9:28-9:33', message: /^Invalid value "512mi" for memory: quantities must match the regular expression .*; did you mean "512Mi"\?$/ },
        { at: '10:26-10:32', message: /did you mean "1Gi"\?$/ },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources:
                requests: {memory: 512Mi}
                limits: {memory: "1Gi"}
      `,
    },
    {
      name: 'a byte unit: two readings offered, none applied automatically',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources:
                limits:
                  memory: 1GB
                  cpu: one
      `,
      findings: [
        { at: '10:19-10:22', message: /did you mean "1Gi" \(2\^30 bytes\) or "1G" \(10\^9 bytes\)\?$/ },
        { at: '11:16-11:19', message: /\(a number with an optional suffix such as m, Mi or Gi\)$/ },
      ],
    },
  ],
});
