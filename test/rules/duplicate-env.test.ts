import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-env', {
  valid: [
    {
      name: 'a later definition that extends the earlier one; the same name in two containers',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - {name: PATH, value: /usr/bin}
                - {name: PATH, value: "$(PATH):/opt/bin"}
            - name: sidecar
              image: busybox:1.36
              env: [{name: LOG_LEVEL, value: info}]
          initContainers: [{name: init, image: busybox:1.36, env: [{name: LOG_LEVEL, value: debug}]}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a variable set twice, and one replaced by a valueFrom',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - name: LOG_LEVEL
                  value: info
                - name: DB_PASSWORD
                  value: changeme
                - name: LOG_LEVEL
                  value: debug
                - name: DB_PASSWORD
                  valueFrom: {secretKeyRef: {name: db, key: password}}
      `,
      findings: [
        {
          at: '13:17-13:26',
          message:
            'spec.containers[0].env[2]: hides previous definition of "LOG_LEVEL", which may be dropped when using apply (container "app" defines it first at spec.containers[0].env[0])',
          path: 'spec.containers[0].env[2].name',
        },
        { at: '15:17-15:28', message: /^spec\.containers\[0\]\.env\[3\]: hides previous definition of "DB_PASSWORD"/ },
      ],
    },
    {
      name: 'X="$(X)" in a Deployment template',
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
                - name: app
                  image: nginx:1.27
                  env: [{name: HOME, value: /root}, {name: HOME, value: $(HOME)}]
      `,
      findings: [{ at: '12:52-12:56', message: /^spec\.template\.spec\.containers\[0\]\.env\[1\]: hides previous definition of "HOME"/ }],
    },
  ],
});
