import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('missing-resources', {
  valid: [
    {
      name: 'requests or limits on every container; ephemeral containers may not have any',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers: [{name: init, image: busybox:1.36, resources: {limits: {memory: 64Mi}}}]
          containers: [{name: app, image: nginx:1.27, resources: {requests: {cpu: 100m}}}]
          ephemeralContainers: [{name: debug, image: busybox:1.36}]
      `,
    },
    {
      name: 'pod-level resources cover the containers',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          resources: {requests: {cpu: "1", memory: 1Gi}}
          containers: [{name: app, image: nginx:1.27}, {name: sidecar, image: busybox:1.36}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a sidecar without resources, and an empty resources block',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources: {}
            - name: shipper
              image: fluent/fluent-bit:3.1
      `,
      findings: [
        {
          at: '8:7-8:16',
          message: 'container "app" sets no resource requests or limits: the scheduler cannot account for it and it is evicted first under node pressure',
          path: 'spec.containers[0].resources',
        },
        { at: '9:13-9:20', message: /^container "shipper" sets no resource requests or limits/, path: 'spec.containers[1]' },
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
              containers: [{name: app, image: nginx:1.27}]
      `,
      findings: [{ at: '9:27-9:30', message: /^container "app" sets no resource requests or limits/ }],
    },
  ],
});
