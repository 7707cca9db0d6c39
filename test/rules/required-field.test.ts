import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('required-field', {
  valid: [
    {
      name: 'a Deployment with selector and containers',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: a}}
          template:
            metadata: {labels: {app: a}}
            spec:
              containers: [{name: app, image: nginx:1.27}]
      `,
    },
    {
      name: 'a misspelt required key is reported once, by unknown-field',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports: [{ContainerPort: 80}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Deployment (patch) without selector and containers: on the parent keys',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              nodeSelector:
                kubernetes.io/arch: arm64
      `,
      findings: [
        { at: '5:1-5:5', message: 'missing required field "selector" in a deployment spec', path: 'spec' },
        { at: '7:5-7:9', message: 'missing required field "containers" in a pod spec', path: 'spec.template.spec' },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector: {}
          template:
            spec:
              containers: []
              nodeSelector:
                kubernetes.io/arch: arm64
      `,
    },
    {
      name: 'a Deployment without selector: the quick fix selects the template labels',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          template:
            metadata:
              labels: {app: web, tier: "1", example.com/on: "true"}
            spec:
              containers: [{name: app, image: nginx:1.27}]
      `,
      findings: [{ at: '5:1-5:5', message: 'missing required field "selector" in a deployment spec' }],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector: {matchLabels: {app: web, tier: "1", example.com/on: "true"}}
          replicas: 2
          template:
            metadata:
              labels: {app: web, tier: "1", example.com/on: "true"}
            spec:
              containers: [{name: app, image: nginx:1.27}]
      `,
    },
    {
      name: 'a port without containerPort: on the list item',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - name: http
                  protocol: TCP
      `,
      findings: [{ at: '9:17-9:21', message: 'missing required field "containerPort" in a container port' }],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - name: http
                  containerPort: 0
                  protocol: TCP
      `,
    },
    {
      name: 'flow mappings and items whose first entry is a list: the placeholder keeps the layout',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - {image: nginx:1.27}
            - env: [{value: x}]
              image: busybox
      `,
      findings: [{ at: '6:8-6:13' }, { at: '7:7-7:10' }, { at: '7:14-7:19' }],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - {image: nginx:1.27, name: ""}
            - env: [{value: x, name: ""}]
              name: ""
              image: busybox
      `,
    },
  ],
});
