import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-container-name', {
  valid: [
    {
      name: 'DNS-1123 labels',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers: [{name: wait-for-db, image: busybox:1.36}]
          containers: [{name: app2, image: nginx:1.27}]
      `,
    },
    {
      name: 'in a CronJob template',
      text: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: backup}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: backup-1, image: busybox:1.36}]
      `,
    },
  ],
  invalid: [
    {
      name: 'in a Deployment template, on the exact value',
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
                - name: web.app
                  image: nginx:1.27
      `,
      findings: [{ at: '10:17-10:24', path: 'spec.template.spec.containers[0].name' }],
    },
    {
      name: 'uppercase and underscore: a valid name is proposed',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: Log_Shipper
              image: fluent/fluent-bit:3.1
      `,
      findings: [
        {
          at: '6:13-6:24',
          message:
            "Invalid value \"Log_Shipper\" for the container name: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: log-shipper
              image: fluent/fluent-bit:3.1
      `,
    },
  ],
});
