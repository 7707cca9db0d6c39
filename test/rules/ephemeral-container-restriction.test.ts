import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('ephemeral-container-restriction', {
  valid: [
    {
      name: 'a debugging container targeting the app',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: d, mountPath: /d}]}]
          ephemeralContainers:
            - {name: debugger, image: busybox:1.36, targetContainerName: app, stdin: true, tty: true, volumeMounts: [{name: d, mountPath: /d}]}
          volumes: [{name: d, emptyDir: {}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'ports, resources, a probe, a subPath and an unknown target',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
          ephemeralContainers:
            - name: debugger
              image: busybox:1.36
              targetContainerName: ap
              ports: [{containerPort: 8080}]
              resources: {limits: {cpu: 100m}}
              readinessProbe: {exec: {command: ["true"]}}
              volumeMounts: [{name: d, mountPath: /d, subPath: x}]
          volumes: [{name: d, emptyDir: {}}]
      `,
      findings: [
        { at: '9:28-9:30', message: 'Not found: "ap": targetContainerName must name an init or regular container of the pod' },
        { at: '10:7-10:12', message: 'Forbidden: cannot be set for an Ephemeral Container', path: 'spec.ephemeralContainers[0].ports' },
        { at: '11:7-11:16', message: 'Forbidden: cannot be set for an Ephemeral Container' },
        { at: '12:7-12:21', message: 'Forbidden: cannot be set for an Ephemeral Container' },
        { at: '13:47-13:54', message: 'Forbidden: cannot be set for an Ephemeral Container', path: 'spec.ephemeralContainers[0].volumeMounts[0].subPath' },
      ],
    },
    {
      name: 'ephemeral containers in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27}]
              ephemeralContainers: [{name: debugger, image: busybox:1.36}]
      `,
      findings: [{ at: '10:7-10:26', message: 'Forbidden: ephemeral containers not allowed in pod template', path: 'spec.template.spec.ephemeralContainers' }],
    },
  ],
});
