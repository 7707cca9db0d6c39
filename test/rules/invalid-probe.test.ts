import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-probe', {
  valid: [
    {
      name: 'one handler each, a readiness probe that wants three successes, a native sidecar probe; plain init probes left to init-container-probe',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: proxy
              image: envoyproxy/envoy:v1.31.0
              restartPolicy: Always
              startupProbe: {tcpSocket: {port: 9901}, failureThreshold: 30}
            - name: migrate
              image: app:1.4
              readinessProbe: {periodSeconds: 5}
          containers:
            - name: app
              image: nginx:1.27
              readinessProbe: {httpGet: {path: /ready, port: 8080}, successThreshold: 3}
              livenessProbe: {grpc: {port: 9090}, successThreshold: 1, initialDelaySeconds: 0}
              lifecycle: {preStop: {sleep: {seconds: 5}}}
      `,
    },
  ],
  invalid: [
    {
      name: 'no handler, two handlers, a liveness successThreshold, a negative period, an empty hook',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              readinessProbe: {periodSeconds: 5}
              livenessProbe:
                exec: {command: [cat, /tmp/healthy]}
                tcpSocket: {port: 8080}
                successThreshold: 3
                periodSeconds: -1
              lifecycle: {postStart: {}}
      `,
      findings: [
        { at: '8:7-8:21', message: 'Required value: must specify a handler type: the readinessProbe of container "app" needs one of exec, httpGet, tcpSocket, grpc' },
        { at: '11:9-11:18', message: 'Forbidden: may not specify more than 1 handler type (exec is given too); keep the one you mean', path: 'spec.containers[0].livenessProbe.tcpSocket' },
        { at: '12:27-12:28', message: 'Invalid value: 3: must be 1 (a livenessProbe counts one success as enough)' },
        { at: '13:24-13:26', message: 'Invalid value: -1: must be greater than or equal to 0' },
        { at: '14:19-14:28', message: /^Required value: must specify a handler type: the postStart hook of container "app" needs one of exec, httpGet, tcpSocket, sleep$/ },
      ],
    },
    {
      name: 'two handlers merged into a Deployment template probe by an upgrade',
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
                - name: web
                  image: nginx:1.27
                  startupProbe: {httpGet: {path: /, port: 80}, tcpSocket: {port: 80}}
      `,
      findings: [{ at: '12:56-12:65', path: 'spec.template.spec.containers[0].startupProbe.tcpSocket' }],
    },
  ],
});
