import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

const pod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers:
      - name: app
        image: nginx:1.27
        env:
          - {name: 1ST_RUN, value: "true"}
          - {name: MY.VAR-x, value: "1"}
        envFrom:
          - {prefix: "APP ", configMapRef: {name: app}}
`;

ruleTester('invalid-env-name', {
  valid: [
    { name: 'Kubernetes 1.32 and later: any printable ASCII without "="', text: pod },
    { name: 'names every version accepts, Kubernetes 1.28', text: pod.replace('1ST_RUN', 'FIRST_RUN').replace('"APP "', 'APP_'), settings: { kubernetesVersion: '1.28' } },
  ],
  invalid: [
    {
      name: 'before 1.32: a leading digit and a space in a prefix',
      settings: { kubernetesVersion: '1.31' },
      text: pod,
      findings: [
        {
          at: '9:18-9:25',
          message: /^Invalid value: "1ST_RUN": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit .* \(container "app"\); Kubernetes 1\.32 and later accept it$/,
        },
        { at: '12:20-12:26', path: 'spec.containers[0].envFrom[0].prefix' },
      ],
    },
    {
      name: 'a value written into the name, in a CronJob template (every version)',
      text: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: report}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: report
                      image: app:1.4
                      env:
                        - name: JAVA_OPTS=-Xmx512m
      `,
      findings: [
        {
          at: '15:25-15:43',
          message: `Invalid value: "JAVA_OPTS=-Xmx512m": a valid environment variable name must consist only of printable ASCII characters other than '=' (container "report"); put what follows "=" in value`,
        },
      ],
    },
  ],
});
