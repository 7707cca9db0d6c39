import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

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
  ],
});
