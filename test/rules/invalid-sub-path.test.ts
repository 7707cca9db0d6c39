import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-sub-path', {
  valid: [
    {
      name: 'relative subPath, and subPathExpr alone',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              volumeMounts:
                - {name: data, mountPath: /a, subPath: app/config..d}
                - {name: data, mountPath: /b, subPathExpr: $(POD_NAME)}
          volumes: [{name: data, emptyDir: {}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'absolute, with .., and both fields',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              volumeMounts:
                - name: data
                  mountPath: /a
                  subPath: /app
                - name: data
                  mountPath: /b
                  subPath: ../etc
                  subPathExpr: $(POD_NAME)
          volumes: [{name: data, emptyDir: {}}]
      `,
      findings: [
        { at: '11:20-11:24', message: 'Invalid value: "/app": must be a relative path', path: 'spec.containers[0].volumeMounts[0].subPath' },
        { at: '14:20-14:26', message: "Invalid value: \"../etc\": must not contain '..'" },
        { at: '15:11-15:22', message: 'Invalid value: "$(POD_NAME)": subPathExpr and subPath are mutually exclusive' },
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
              containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: d, mountPath: /d, subPath: a/../../b}]}]
              volumes: [{name: d, emptyDir: {}}]
      `,
      findings: [{ at: '9:100-9:109', message: "Invalid value: \"a/../../b\": must not contain '..'" }],
    },
  ],
});
