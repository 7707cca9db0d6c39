import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-mount-path', {
  valid: [
    {
      name: 'two containers mount the same path, each once',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - {name: app, image: nginx:1.27, volumeMounts: [{name: data, mountPath: /data}]}
            - {name: backup, image: restic/restic:0.17, volumeMounts: [{name: data, mountPath: /data}]}
          volumes: [{name: data, emptyDir: {}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'one container mounts two volumes at /etc/app',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              volumeMounts:
                - name: config
                  mountPath: /etc/app
                - name: secrets
                  mountPath: /etc/app
          volumes: [{name: config, configMap: {name: app}}, {name: secrets, secret: {secretName: app}}]
      `,
      findings: [
        {
          at: '12:22-12:30',
          message: 'Invalid value: "/etc/app": must be unique; container "app" already mounts spec.containers[0].volumeMounts[0] there',
          path: 'spec.containers[0].volumeMounts[1].mountPath',
        },
      ],
    },
    {
      name: 'in an init container of a Deployment template',
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
                - name: seed
                  image: busybox:1.36
                  volumeMounts: [{name: a, mountPath: /seed}, {name: b, mountPath: /seed}]
              containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: a, mountPath: /a}, {name: b, mountPath: /b}]}]
              volumes: [{name: a, emptyDir: {}}, {name: b, emptyDir: {}}]
      `,
      findings: [{ at: '12:76-12:81', message: /init container "seed" already mounts spec\.template\.spec\.initContainers\[0\]\.volumeMounts\[0\]/ }],
    },
  ],
});
