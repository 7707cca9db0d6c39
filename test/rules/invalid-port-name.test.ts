import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-port-name', {
  valid: [
    {
      name: 'IANA service names, and numeric probe ports',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports: [{name: http-alt-8080, containerPort: 8080}]
              livenessProbe: {httpGet: {path: /, port: 8080}}
              readinessProbe: {tcpSocket: {port: http-alt-8080}}
      `,
    },
  ],
  invalid: [
    {
      name: 'too long, uppercase (lowercase fix), only digits, double hyphen; a probe port name',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - {name: metrics-endpoint, containerPort: 9090}
                - {name: HTTP, containerPort: 80}
                - {name: "8443", containerPort: 8443}
                - {name: a--b, containerPort: 81}
              readinessProbe:
                httpGet: {path: /ready, port: Web_Port}
      `,
      findings: [
        { at: '9:18-9:34', message: 'Invalid value "metrics-endpoint" for the port name: must be no more than 15 characters', path: 'spec.containers[0].ports[0].name' },
        { at: '10:18-10:22', message: 'Invalid value "HTTP" for the port name: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-), must contain at least one letter (a-z)' },
        { at: '11:18-11:24', message: 'Invalid value "8443" for the port name: must contain at least one letter (a-z)' },
        { at: '12:18-12:22', message: 'Invalid value "a--b" for the port name: must not contain consecutive hyphens' },
        { at: '14:39-14:47', message: 'Invalid value "Web_Port" for readinessProbe.httpGet.port: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)' },
      ],
    },
    {
      name: 'uppercase name in a Deployment template: the quick fix lowercases it',
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
                - {name: app, image: nginx:1.27, ports: [{name: Metrics, containerPort: 9090}]}
      `,
      findings: [{ at: '10:57-10:64', message: /^Invalid value "Metrics" for the port name/, path: 'spec.template.spec.containers[0].ports[0].name' }],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - {name: app, image: nginx:1.27, ports: [{name: metrics, containerPort: 9090}]}
      `,
    },
  ],
});
