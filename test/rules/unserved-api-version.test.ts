import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('unserved-api-version', {
  valid: [
    {
      name: 'served versions, and kinds podlint does not check',
      text: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "@hourly"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: app, image: busybox:1.36}]
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: {name: old-but-not-ours}
      `,
    },
  ],
  invalid: [
    {
      name: 'a removed workload API version',
      text: yaml`
        apiVersion: extensions/v1beta1
        kind: DaemonSet
        metadata: {name: agent}
      `,
      findings: [
        {
          at: '1:13-1:31',
          message: 'no matches for kind "DaemonSet" in version "extensions/v1beta1": extensions/v1beta1 DaemonSet was removed in Kubernetes 1.16; use apiVersion "apps/v1"',
        },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
      `,
    },
    {
      name: 'a kind in the wrong group, and a kind in the wrong case',
      text: yaml`
        apiVersion: v1
        kind: Deployment
        metadata: {name: d}
        ---
        apiVersion: v1
        kind: pod
        metadata: {name: p}
      `,
      findings: [
        { at: '1:13-1:15', message: 'no matches for kind "Deployment" in version "v1"; use apiVersion "apps/v1"' },
        { at: '6:7-6:10', message: 'no matches for kind "pod" in version "v1"; kinds are case-sensitive: did you mean "Pod"?' },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
      `,
    },
  ],
});
