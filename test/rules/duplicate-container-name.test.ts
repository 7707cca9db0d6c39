import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-container-name', {
  valid: [
    {
      name: 'unique across init, regular and ephemeral containers',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers: [{name: init, image: busybox:1.36}]
          containers: [{name: app, image: nginx:1.27}, {name: sidecar, image: busybox:1.36}]
          ephemeralContainers: [{name: debug, image: busybox:1.36}]
      `,
    },
  ],
  invalid: [
    {
      name: 'an init container and an ephemeral container reuse the app name; two regular containers clash',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: app
              image: busybox:1.36
          containers:
            - name: app
              image: nginx:1.27
            - name: app
              image: fluent/fluent-bit:3.1
          ephemeralContainers:
            - name: app
              image: busybox:1.36
      `,
      findings: [
        {
          at: '6:13-6:16',
          message: 'Duplicate value: "app": container names must be unique across containers, initContainers and ephemeralContainers; container "app" is spec.containers[0]',
          path: 'spec.initContainers[0].name',
        },
        { at: '11:13-11:16', message: /; container "app" is spec\.containers\[0\]$/, path: 'spec.containers[1].name' },
        { at: '14:13-14:16', message: /; container "app" is spec\.containers\[0\]$/, path: 'spec.ephemeralContainers[0].name' },
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
              containers: [{name: web, image: nginx:1.27}, {name: web, image: busybox:1.36}]
      `,
      findings: [{ at: '9:59-9:62', message: /^Duplicate value: "web": .*container "web" is spec\.template\.spec\.containers\[0\]$/ }],
    },
  ],
});
