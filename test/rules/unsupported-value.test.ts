import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('unsupported-value', {
  valid: [
    {
      name: 'exact enum values',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          restartPolicy: OnFailure
          dnsPolicy: ClusterFirst
          containers:
            - name: app
              image: nginx:1.27
              imagePullPolicy: IfNotPresent
              ports: [{containerPort: 53, protocol: UDP}]
      `,
    },
  ],
  invalid: [
    {
      name: 'wrong case: the supported value is offered and preferred',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          restartPolicy: always
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - containerPort: 53
                  protocol: 'udp'
      `,
      findings: [
        { at: '5:18-5:24', message: 'Unsupported value "always" for restartPolicy: supported values: "Always", "Never", "OnFailure"; did you mean "Always"?', path: 'spec.restartPolicy' },
        { at: '11:21-11:26', message: 'Unsupported value "udp" for protocol: supported values: "SCTP", "TCP", "UDP"; did you mean "UDP"?' },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          restartPolicy: Always
          containers:
            - name: app
              image: nginx:1.27
              ports:
                - containerPort: 53
                  protocol: 'UDP'
      `,
    },
    {
      name: 'a typo in a Deployment template',
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
                  image: nginx:1.27
                  imagePullPolicy: IfNotPresnt
      `,
      findings: [{ at: '12:28-12:39', message: /did you mean "IfNotPresent"\?$/ }],
      output: yaml`
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
                  image: nginx:1.27
                  imagePullPolicy: IfNotPresent
      `,
    },
    {
      name: 'nothing close: every supported value listed, no preferred fix',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              imagePullPolicy: Sometimes
      `,
      findings: [{ at: '8:24-8:33', message: 'Unsupported value "Sometimes" for imagePullPolicy: supported values: "Always", "IfNotPresent", "Never"' }],
    },
  ],
});
