import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('sidecar-order', {
  valid: [
    {
      name: 'sidecars first, then the init containers that use them',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: proxy, image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0, restartPolicy: Always}
            - {name: migrate, image: app-migrate:2.3.1}
          containers: [{name: app, image: app:2.3.1}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a migration listed above the proxy sidecar it needs',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: migrate
              image: app-migrate:2.3.1
            - name: proxy
              image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0
              restartPolicy: Always
          containers: [{name: app, image: app:2.3.1}]
      `,
      findings: [
        {
          at: '6:13-6:20',
          message: 'init container "migrate" runs to completion before the native sidecar listed after it starts (init container "proxy"): if it needs it, list it first',
          path: 'spec.initContainers[0].name',
        },
      ],
    },
    {
      name: 'in a Deployment template, with two sidecars after it',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              initContainers:
                - {name: wait, image: busybox:1.36}
                - {name: mesh, image: istio/proxyv2:1.23.0, restartPolicy: Always}
                - {name: logs, image: fluent/fluent-bit:3.1, restartPolicy: Always}
              containers: [{name: app, image: app:2.3.1}]
      `,
      findings: [
        {
          at: '10:18-10:22',
          message: 'init container "wait" runs to completion before the native sidecars listed after it start (init container "mesh", init container "logs"): if it needs them, list them first',
        },
      ],
    },
  ],
});
