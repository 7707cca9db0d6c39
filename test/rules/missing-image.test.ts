import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('missing-image', {
  valid: [
    {
      name: 'every container has an image',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers: [{name: init, image: busybox:1.36}]
          containers: [{name: app, image: nginx:1.27}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a sidecar without image in a Deployment template, an empty image in an init container',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: a}}
          template:
            metadata: {labels: {app: a}}
            spec:
              initContainers:
                - name: init
                  image: ""
              containers:
                - name: app
                  image: nginx:1.27
                - name: log-shipper
                  args: ["--tail"]
      `,
      findings: [
        { at: '11:18-11:20', message: 'Required value: container "init" has no image; set "image" to the container image to run (for example "nginx:1.27")' },
        { at: '15:17-15:28', message: /^Required value: container "log-shipper" has no image/, path: 'spec.template.spec.containers[1]' },
      ],
    },
  ],
});
