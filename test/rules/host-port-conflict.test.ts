import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('host-port-conflict', {
  valid: [
    {
      name: 'different protocol or hostIP; init containers run one at a time',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - {name: i1, image: busybox:1.36, ports: [{containerPort: 80, hostPort: 8080}]}
            - {name: i2, image: busybox:1.36, ports: [{containerPort: 80, hostPort: 8080}]}
          containers:
            - {name: a, image: nginx:1.27, ports: [{containerPort: 53, hostPort: 53, protocol: UDP}]}
            - {name: b, image: nginx:1.27, ports: [{containerPort: 53, hostPort: 53, protocol: TCP}]}
            - {name: c, image: nginx:1.27, ports: [{containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}]}
            - {name: d, image: nginx:1.27, ports: [{containerPort: 81, hostPort: 8080, hostIP: 10.0.0.2}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'two containers bind node port 8080/TCP',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: proxy
              image: nginx:1.27
              ports: [{containerPort: 80, hostPort: 8080}]
            - name: admin
              image: nginx:1.27
              ports:
                - containerPort: 9000
                  hostPort: 8080
      `,
      findings: [
        {
          at: '13:21-13:25',
          message: 'Duplicate value: "TCP//8080": container "admin" asks for hostPort 8080/TCP, which container "proxy" already binds on the node',
          path: 'spec.containers[1].ports[0].hostPort',
        },
      ],
    },
    {
      name: 'one init container twice, in a DaemonSet template',
      text: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              initContainers:
                - {name: probe, image: busybox:1.36, ports: [{containerPort: 1, hostPort: 9100}, {containerPort: 2, hostPort: 9100}]}
              containers: [{name: agent, image: prom/node-exporter:v1.8.2}]
      `,
      findings: [{ at: '10:119-10:123', message: 'Duplicate value: "TCP//9100": init container "probe" asks for hostPort 9100/TCP, which another port of the same container already binds on the node' }],
    },
  ],
});
