import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-port-number', {
  valid: [
    {
      name: 'ports at both ends of the range, hostPort 0 (none), named probe ports',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - {name: http, containerPort: 1}
                - {containerPort: 65535, hostPort: 0}
              livenessProbe: {httpGet: {port: http}}
              readinessProbe: {grpc: {port: 65535}}
      `,
    },
  ],
  invalid: [
    {
      name: 'containerPort 0 and above 65535, a negative hostPort',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - containerPort: 0
                - containerPort: 80800
                - {containerPort: 81, hostPort: -1}
      `,
      findings: [
        { at: '9:26-9:27', message: 'Required value: containerPort 0 is no port; give the number the container listens on (1-65535)', path: 'spec.containers[0].ports[0].containerPort' },
        { at: '10:26-10:31', message: 'Invalid value: 80800: must be between 1 and 65535, inclusive' },
        { at: '11:41-11:43', message: 'Invalid value: -1: must be between 1 and 65535, inclusive', path: 'spec.containers[0].ports[2].hostPort' },
      ],
    },
    {
      name: 'probe and hook ports in a Deployment template',
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
                  livenessProbe: {tcpSocket: {port: 70000}}
                  startupProbe: {grpc: {port: 0}}
                  lifecycle: {preStop: {httpGet: {path: /drain, port: 65536}}}
      `,
      findings: [
        { at: '12:45-12:50', path: 'spec.template.spec.containers[0].livenessProbe.tcpSocket.port' },
        { at: '13:39-13:40', path: 'spec.template.spec.containers[0].startupProbe.grpc.port' },
        { at: '14:63-14:68', path: 'spec.template.spec.containers[0].lifecycle.preStop.httpGet.port' },
      ],
    },
  ],
});
