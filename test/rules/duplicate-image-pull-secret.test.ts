import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-image-pull-secret', {
  valid: [
    {
      name: 'two registries; no imagePullSecrets',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          imagePullSecrets: [{name: regcred}, {name: ghcr-cred}]
          containers: [{name: app, image: registry.example.com/app:1.0}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: q}
        spec:
          containers: [{name: app, image: nginx:1.27}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Secret named twice, and an empty name',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          imagePullSecrets:
            - name: regcred
            - name: ""
            - name: regcred
          containers: [{name: app, image: registry.example.com/app:1.0}]
      `,
      findings: [
        {
          at: '7:13-7:15',
          message: 'spec.imagePullSecrets[1].name: invalid empty name "": name the Secret that holds the registry credentials, or remove the entry',
          path: 'spec.imagePullSecrets[1].name',
        },
        {
          at: '8:13-8:20',
          message: 'spec.imagePullSecrets[2].name: duplicate name "regcred": spec.imagePullSecrets[0] already lists it; remove one, or name the other registry\'s Secret',
          path: 'spec.imagePullSecrets[2].name',
        },
      ],
    },
    {
      name: 'in a CronJob template, an entry without a name',
      text: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: report}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  imagePullSecrets: [{name: regcred}, {}, {name: regcred}]
                  containers: [{name: report, image: registry.example.com/report:1.0}]
      `,
      findings: [
        { at: '11:47-11:49', message: /^spec\.jobTemplate\.spec\.template\.spec\.imagePullSecrets\[1\]\.name: invalid empty name ""/, path: 'spec.jobTemplate.spec.template.spec.imagePullSecrets[1]' },
        { at: '11:58-11:65', message: /^spec\.jobTemplate\.spec\.template\.spec\.imagePullSecrets\[2\]\.name: duplicate name "regcred": spec\.jobTemplate\.spec\.template\.spec\.imagePullSecrets\[0\] already lists it/ },
      ],
    },
  ],
});
