import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('selector-mismatch', {
  valid: [
    {
      name: 'matchLabels and matchExpressions that the template satisfies; extra template labels; an RC map',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector:
            matchLabels: {app: web}
            matchExpressions:
              - {key: tier, operator: In, values: [frontend, edge]}
              - {key: canary, operator: DoesNotExist}
          template:
            metadata: {labels: {app: web, tier: frontend, version: v2}}
            spec:
              containers: [{name: web, image: nginx:1.27}]
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: old}
        spec:
          selector: {app: old}
          template:
            metadata: {labels: {app: old}}
            spec:
              containers: [{name: old, image: nginx:1.27}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: j, image: busybox:1.36}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a template copied from another Deployment',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers: [{name: web, image: nginx:1.27}]
      `,
      findings: [
        {
          at: '8:7-8:13',
          message: 'Invalid value: {"app":"api"}: `selector` does not match template `labels`: the Deployment\'s selector wants app=web',
          path: 'spec.template.metadata.labels',
        },
      ],
    },
    {
      name: 'a StatefulSet whose template has no labels, and expressions it fails',
      text: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector:
            matchExpressions:
              - {key: app, operator: In, values: [db]}
              - {key: role, operator: Exists}
          template:
            metadata: {annotations: {a: b}}
            spec:
              containers: [{name: db, image: postgres:16}]
      `,
      findings: [{ at: '11:5-11:13', message: 'Invalid value: {}: `selector` does not match template `labels`: the StatefulSet\'s selector wants app in (db), role' }],
    },
  ],
});
