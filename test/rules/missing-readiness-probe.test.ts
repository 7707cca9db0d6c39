import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('missing-readiness-probe', {
  valid: [
    {
      name: 'probes where ports are served; no ports; an init container that runs to completion',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: init, image: busybox:1.36, ports: [{containerPort: 9000}]}
          containers:
            - {name: app, image: nginx:1.27, ports: [{containerPort: 80}], readinessProbe: {httpGet: {path: /, port: 80}}}
            - {name: worker, image: busybox:1.36}
      `,
    },
    {
      name: 'a Job serves nothing',
      text: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: app, image: nginx:1.27, ports: [{containerPort: 80}]}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a native sidecar and a container with ports but no readiness probe',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: proxy
              image: envoyproxy/envoy:v1.31.0
              restartPolicy: Always
              ports: [{containerPort: 15001}]
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - containerPort: 80
      `,
      findings: [
        {
          at: '9:7-9:12',
          message: 'init container "proxy" declares ports but no readinessProbe: it receives traffic as soon as it starts, before it is ready to serve',
          path: 'spec.initContainers[0].ports',
        },
        { at: '13:7-13:12', message: /^container "app" declares ports but no readinessProbe/ },
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
              containers: [{name: app, image: nginx:1.27, ports: [{containerPort: 80}]}]
      `,
      findings: [{ at: '9:51-9:56', message: /^container "app" declares ports but no readinessProbe/ }],
    },
  ],
});
