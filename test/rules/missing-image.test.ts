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
    {
      name: 'a pod template may carry " " for a controller to replace',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: a}}
          template:
            metadata: {labels: {app: a}}
            spec:
              containers: [{name: app, image: " "}]
      `,
    },
  ],
  invalid: [
    {
      name: 'whitespace around a Pod\'s image, or only whitespace',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - {name: app, image: "nginx:1.27 "}
            - {name: side, image: "  "}
      `,
      findings: [
        { at: '6:26-6:39', message: 'Invalid value: "nginx:1.27 ": must not have leading or trailing whitespace (image of container "app")' },
        { at: '7:27-7:31', message: 'Invalid value: "  ": must not have leading or trailing whitespace (image of container "side")' },
      ],
    },
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
