import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('init-container-probe', {
  valid: [
    {
      name: 'probes and hooks on a native sidecar and on regular containers',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: proxy
              image: envoyproxy/envoy:v1.31.0
              restartPolicy: Always
              startupProbe: {tcpSocket: {port: 9901}}
              lifecycle: {preStop: {sleep: {seconds: 5}}}
          containers:
            - {name: app, image: nginx:1.27, readinessProbe: {httpGet: {path: /, port: 80}}}
      `,
    },
  ],
  invalid: [
    {
      name: 'a probe on an ordinary init container: the fix makes it a native sidecar',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: proxy   # meant to run beside the app
              image: envoyproxy/envoy:v1.31.0
              readinessProbe:
                tcpSocket: {port: 9901}
          containers: [{name: app, image: nginx:1.27}]
      `,
      findings: [
        {
          at: '8:7-8:21',
          message: 'Forbidden: may not be set for init containers without restartPolicy=Always',
          path: 'spec.initContainers[0].readinessProbe',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: proxy   # meant to run beside the app
              restartPolicy: Always
              image: envoyproxy/envoy:v1.31.0
              readinessProbe:
                tcpSocket: {port: 9901}
          containers: [{name: app, image: nginx:1.27}]
      `,
    },
    {
      name: 'lifecycle and liveness on an init container with restartPolicy Never, in a Job template',
      text: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              restartPolicy: Never
              initContainers:
                - name: wait
                  image: busybox:1.36
                  restartPolicy: Never
                  lifecycle: {postStart: {exec: {command: [echo]}}}
                  livenessProbe: {exec: {command: ["true"]}}
              containers: [{name: migrate, image: app:1.0}]
      `,
      findings: [
        { at: '12:11-12:20', message: 'Forbidden: may not be set for init containers without restartPolicy=Always', path: 'spec.template.spec.initContainers[0].lifecycle' },
        { at: '13:11-13:24', message: 'Forbidden: may not be set for init containers without restartPolicy=Always' },
      ],
    },
  ],
});
