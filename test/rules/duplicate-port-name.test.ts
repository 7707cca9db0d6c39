import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-port-name', {
  valid: [
    {
      name: 'unique in each container (two containers may reuse a name)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - {name: a, image: nginx:1.27, ports: [{name: http, containerPort: 80}, {name: https, containerPort: 443}]}
            - {name: b, image: nginx:1.27, ports: [{name: http, containerPort: 8080}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'two ports named http in one container',
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
                  containerPort: 80
                - name: http
                  containerPort: 443
      `,
      findings: [
        {
          at: '11:17-11:21',
          message: 'Duplicate value: "http": container "app" already has a port of that name (spec.containers[0].ports[0])',
          path: 'spec.containers[0].ports[1].name',
        },
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
              containers:
                - {name: app, image: nginx:1.27, ports: [{name: web, containerPort: 80}, {name: web, containerPort: 81}]}
      `,
      findings: [{ at: '10:89-10:92', message: /already has a port of that name \(spec\.template\.spec\.containers\[0\]\.ports\[0\]\)/ }],
    },
  ],
});
