import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('unknown-container-reference', {
  valid: [
    {
      name: 'env and downwardAPI volumes name existing containers (or none: the container itself)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - {name: MEM, valueFrom: {resourceFieldRef: {resource: limits.memory}}}
            - name: agent
              image: busybox:1.36
              env:
                - {name: APP_CPU, valueFrom: {resourceFieldRef: {containerName: app, resource: limits.cpu}}}
              volumeMounts: [{name: info, mountPath: /info}]
          volumes:
            - name: info
              downwardAPI:
                items: [{path: cpu, resourceFieldRef: {containerName: agent, resource: requests.cpu}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a sidecar reads the limits of a container that was renamed',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: web
              image: nginx:1.27
            - name: agent
              image: busybox:1.36
              env:
                - name: APP_MEMORY
                  valueFrom:
                    resourceFieldRef: {containerName: webb, resource: limits.memory}
      `,
      findings: [
        {
          at: '13:47-13:51',
          message: 'resourceFieldRef.containerName "webb" names no container of this pod: container "agent" cannot start; did you mean "web"?',
          path: 'spec.containers[1].env[0].valueFrom.resourceFieldRef.containerName',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: web
              image: nginx:1.27
            - name: agent
              image: busybox:1.36
              env:
                - name: APP_MEMORY
                  valueFrom:
                    resourceFieldRef: {containerName: web, resource: limits.memory}
      `,
    },
    {
      name: 'a projected downwardAPI volume in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: info, mountPath: /info}]}]
              volumes:
                - name: info
                  projected:
                    sources:
                      - downwardAPI:
                          items: [{path: mem, resourceFieldRef: {containerName: main, resource: limits.memory}}]
      `,
      findings: [{ at: '15:73-15:77', message: 'resourceFieldRef.containerName "main" names no container of this pod: volume "info" cannot be set up (containers: "app")' }],
    },
  ],
});
