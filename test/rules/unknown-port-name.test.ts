import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('unknown-port-name', {
  valid: [
    {
      name: 'probes and hooks name ports of their own container (a sidecar too), or use numbers',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: proxy
              image: envoyproxy/envoy:v1.31.0
              restartPolicy: Always
              ports: [{name: admin, containerPort: 9901}]
              startupProbe: {tcpSocket: {port: admin}}
          containers:
            - name: app
              image: nginx:1.27
              ports: [{name: http, containerPort: 8080}]
              readinessProbe: {httpGet: {path: /ready, port: http}}
              livenessProbe: {httpGet: {path: /live, port: 8080}}
              lifecycle: {preStop: {httpGet: {path: /drain, port: http}}}
      `,
    },
  ],
  invalid: [
    {
      name: 'a misspelt name: the quick fix picks the closest port name',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - {name: http, containerPort: 8080}
              readinessProbe:
                httpGet: {path: /ready, port: htttp}
      `,
      findings: [
        {
          at: '11:39-11:44',
          message: 'readinessProbe.httpGet.port "htttp" is not a port name of container "app": the kubelet will fail this probe at run time; did you mean "http"?',
          path: 'spec.containers[0].readinessProbe.httpGet.port',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - {name: http, containerPort: 8080}
              readinessProbe:
                httpGet: {path: /ready, port: http}
      `,
    },
    {
      name: 'a probe copied to a sidecar names the app port; a hook names a port nobody declares',
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
                - name: app
                  image: nginx:1.27
                  ports: [{name: web, containerPort: 8080}]
                  lifecycle: {preStop: {tcpSocket: {port: drain}}}
                - name: metrics
                  image: nginx/nginx-prometheus-exporter:1.3
                  livenessProbe: {tcpSocket: {port: web}}
      `,
      findings: [
        { at: '13:51-13:56', message: 'lifecycle.preStop.tcpSocket.port "drain" is not a port name of container "app": the kubelet will fail this hook at run time (its ports: "web")' },
        {
          at: '16:45-16:48',
          message: 'livenessProbe.tcpSocket.port "web" is not a port name of container "metrics": the kubelet will fail this probe at run time; container "app" declares it, but the kubelet only looks in the probed container\'s own ports',
        },
      ],
    },
  ],
});
