import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-volume-name', {
  valid: [
    {
      name: 'distinct volume names',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: a, mountPath: /a}, {name: b, mountPath: /b}]}]
          volumes: [{name: a, emptyDir: {}}, {name: b, emptyDir: {}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'two volumes named data in a Pod',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: data, mountPath: /data}]}]
          volumes:
            - name: data
              emptyDir: {}
            - name: data
              configMap: {name: app}
      `,
      findings: [
        {
          at: '9:13-9:17',
          message: 'Duplicate value: "data": volume names must be unique in a pod; spec.volumes[0] already declares it',
          path: 'spec.volumes[1].name',
        },
      ],
    },
    {
      name: 'in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: data, mountPath: /data}]}]
              volumes: [{name: data, emptyDir: {}}, {name: data, emptyDir: {}}]
      `,
      findings: [{ at: '10:52-10:56', message: /spec\.template\.spec\.volumes\[0\] already declares it/ }],
    },
  ],
});
