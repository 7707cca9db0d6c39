import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-type', {
  valid: [
    {
      name: 'quoted strings, plain numbers, octal modes',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, annotations: {replicas: "3"}}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env: [{name: DEBUG, value: "true"}, {name: PORT, value: "8080"}]
              ports: [{containerPort: 8080}]
          volumes:
            - name: cfg
              configMap: {name: cfg, defaultMode: 0644}
      `,
    },
  ],
  invalid: [
    {
      name: 'quoting a YAML 1.1 boolean keeps an aligned comment in its column',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - {name: A, value: "x"}
                - name: FLUSH_ON_EXIT
                  value: yes             # read as a boolean
                - name: VERBOSE
                  value: on  # one space left: the comment moves
      `,
      findings: [{ at: '11:18-11:21' }, { at: '13:18-13:20' }],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - {name: A, value: "x"}
                - name: FLUSH_ON_EXIT
                  value: "yes"           # read as a boolean
                - name: VERBOSE
                  value: "on"  # one space left: the comment moves
      `,
    },
    {
      name: 'YAML 1.1 booleans and numbers where strings are expected: quoted by the fix',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            sidecar.istio.io/inject: false
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - name: DEBUG
                  value: on   # a boolean in YAML 1.1
                - name: PORT
                  value: 8080
      `,
      findings: [
        { at: '6:30-6:35', message: 'invalid type for "sidecar.istio.io/inject": got boolean false, expected string; YAML reads the unquoted false as a boolean, quote it: "false"' },
        { at: '13:18-13:20', message: 'invalid type for "value": got boolean true, expected string; YAML reads the unquoted on as a boolean, quote it: "on"' },
        { at: '15:18-15:22', message: 'invalid type for "value": got integer 8080, expected string; YAML reads the unquoted 8080 as a number, quote it: "8080"' },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            sidecar.istio.io/inject: "false"
        spec:
          containers:
            - name: app
              image: nginx:1.27
              env:
                - name: DEBUG
                  value: "on" # a boolean in YAML 1.1
                - name: PORT
                  value: "8080"
      `,
    },
    {
      name: 'a quoted number where an integer is required: unquoted by the fix',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports: [{containerPort: "8080"}]
      `,
      findings: [{ at: '8:31-8:37', message: 'invalid type for "containerPort": got string "8080", expected integer; remove the quotes to make it an integer' }],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              ports: [{containerPort: 8080}]
      `,
    },
    {
      name: 'an unsubstituted placeholder; a mapping where a list is expected',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: a}}
          template:
            metadata: {labels: {app: a}}
            spec:
              containers:
                - name: app
                  image: CONTAINER_IMAGE
                  ports:
                    - containerPort: PORT
                  args:
                    verbose: true
      `,
      findings: [
        { at: '13:30-13:34', message: 'invalid type for "containerPort": got string "PORT", expected integer' },
        { at: '15:13-15:26', message: 'invalid type for "args": got a mapping, expected list' },
      ],
    },
  ],
});
