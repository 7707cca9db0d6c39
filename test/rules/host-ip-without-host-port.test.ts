import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('host-ip-without-host-port', {
  valid: [
    {
      name: 'hostIP with hostPort; neither',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - {name: a, image: nginx:1.27, ports: [{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}, {containerPort: 81}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'a hostIP that binds nothing',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: exporter
              image: prom/node-exporter:v1.8.2
              ports:
                - containerPort: 9100
                  hostIP: 127.0.0.1
      `,
      findings: [
        {
          at: '10:11-10:17',
          message: 'spec.containers[0].ports[0]: hostIP set without hostPort: container "exporter" binds nothing on 127.0.0.1; add a hostPort or remove hostIP',
          path: 'spec.containers[0].ports[0].hostIP',
        },
      ],
    },
    {
      name: 'in a DaemonSet template',
      text: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: agent, image: prom/node-exporter:v1.8.2, ports: [{containerPort: 9100, hostIP: 0.0.0.0}]}]
      `,
      findings: [{ at: '9:98-9:104', message: /^spec\.template\.spec\.containers\[0\]\.ports\[0\]: hostIP set without hostPort/ }],
    },
  ],
});
