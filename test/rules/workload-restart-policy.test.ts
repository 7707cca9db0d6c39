import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('workload-restart-policy', {
  valid: [
    {
      name: 'a Job that restarts failed containers, a CronJob with a pod failure policy and Never, a Deployment with the default',
      text: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers: [{name: migrate, image: app:1.4}]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: backup}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              podFailurePolicy: {rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]}
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: backup, image: app:1.4}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx:1.27}]
      `,
    },
    {
      name: 'a bare Pod may run to completion; a misspelt value is left to unsupported-value',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: once}
        spec:
          restartPolicy: Never
          containers: [{name: task, image: busybox:1.36}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              restartPolicy: never
              containers: [{name: migrate, image: app:1.4}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Job without restartPolicy (the pod default Always is rejected): add OnFailure or Never',
      text: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              containers:
                - name: migrate
                  image: app:1.4
      `,
      findings: [
        {
          at: '6:5-6:9',
          message: 'Required value: restartPolicy, valid values: "OnFailure", "Never" (the pod default "Always" is not accepted in a Job)',
          path: 'spec.template.spec',
        },
      ],
      output: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: migrate
                  image: app:1.4
      `,
    },
    {
      name: 'a CronJob with a pod failure policy: only Never',
      text: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: backup}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              podFailurePolicy: {rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]}
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: backup, image: app:1.4}]
      `,
      findings: [{ at: '11:26-11:35', message: 'Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified' }],
      output: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: backup}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              podFailurePolicy: {rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]}
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: backup, image: app:1.4}]
      `,
    },
    {
      name: 'a Deployment and a StatefulSet whose pods would stop: Always',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              restartPolicy: Never
              containers: [{name: web, image: nginx:1.27}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              restartPolicy: OnFailure
              containers: [{name: db, image: postgres:16}]
      `,
      findings: [
        { at: '9:22-9:27', message: 'Unsupported value: "Never": supported values: "Always" (a Deployment keeps its pods running; for a task that ends, use a Job)' },
        { at: '21:22-21:31', message: /^Unsupported value: "OnFailure": supported values: "Always" \(a StatefulSet/ },
      ],
    },
  ],
});
