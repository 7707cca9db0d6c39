import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-container-port', {
  valid: [
    {
      name: 'same number, different protocols; different host ports',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - {name: dns, image: coredns/coredns:1.11.3, ports: [{containerPort: 53, protocol: UDP}, {containerPort: 53, protocol: TCP}]}
            - {name: a, image: nginx:1.27, ports: [{containerPort: 80, hostPort: 8080}]}
            - {name: b, image: nginx:1.27, ports: [{containerPort: 80, hostPort: 8081}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'two containers declare 8080/TCP (protocol defaulted): both are named',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - containerPort: 8080
            - name: exporter
              image: nginx/nginx-prometheus-exporter:1.3
              ports:
                - containerPort: 8080
                  protocol: TCP
      `,
      findings: [
        {
          at: '13:26-13:30',
          message:
            'spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]: container "app" and container "exporter" both declare 8080/TCP, but containers share the pod\'s network namespace: only one of them can listen on it',
          path: 'spec.containers[1].ports[0].containerPort',
        },
      ],
    },
    {
      name: 'overlapping (one hostPort unset), dangerously ambiguous (one hostIP unset), and twice in one container',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: init, image: busybox:1.36, ports: [{containerPort: 9000}, {containerPort: 9000}]}
          containers:
            - {name: a, image: nginx:1.27, ports: [{containerPort: 80, hostPort: 8080}]}
            - {name: b, image: nginx:1.27, ports: [{containerPort: 80}]}
            - {name: c, image: nginx:1.27, ports: [{containerPort: 443, hostPort: 8443}]}
            - {name: d, image: nginx:1.27, ports: [{containerPort: 443, hostPort: 8443, hostIP: 10.0.0.1}]}
      `,
      findings: [
        { at: '6:88-6:92', message: /^spec\.initContainers\[0\]\.ports\[1\]: duplicate port definition with spec\.initContainers\[0\]\.ports\[0\]: init container "init" declares 9000\/TCP twice$/ },
        { at: '9:60-9:62', message: /^spec\.containers\[1\]\.ports\[0\]: overlapping port definition with spec\.containers\[0\]\.ports\[0\]/ },
        { at: '11:60-11:63', message: /^spec\.containers\[3\]\.ports\[0\]: dangerously ambiguous port definition with spec\.containers\[2\]\.ports\[0\]/ },
      ],
    },
    {
      name: 'a sidecar in a Deployment template declares the app port',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              initContainers:
                - {name: proxy, image: envoyproxy/envoy:v1.31.0, restartPolicy: Always, ports: [{containerPort: 8080}]}
              containers:
                - {name: app, image: nginx:1.27, ports: [{containerPort: 8080}]}
      `,
      findings: [{ at: '12:66-12:70', message: /^spec\.template\.spec\.containers\[0\]\.ports\[0\]: duplicate port definition with spec\.template\.spec\.initContainers\[0\]\.ports\[0\]: init container "proxy" and container "app"/ }],
    },
    {
      name: 'a plain init container and the app on one port: they run in turn, the API warns all the same',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: warmup, image: busybox:1.36, ports: [{containerPort: 8080}]}
          containers:
            - {name: app, image: nginx:1.27, ports: [{containerPort: 8080}]}
      `,
      findings: [
        {
          at: '8:62-8:66',
          message:
            'spec.containers[0].ports[0]: duplicate port definition with spec.initContainers[0].ports[0]: init container "warmup" and container "app" both declare 8080/TCP; init container "warmup" exits before the next container starts, so they listen in turn, but the API server warns',
        },
      ],
    },
  ],
});
