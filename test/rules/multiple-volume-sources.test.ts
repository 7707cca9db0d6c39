import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('multiple-volume-sources', {
  valid: [
    {
      name: 'one source each; a projected volume combining two; no source at all (defaulted to emptyDir)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
          volumes:
            - {name: cache, emptyDir: {}}
            - name: config
              projected:
                sources: [{configMap: {name: app}}, {secret: {name: app-tls}}]
            - name: scratch
      `,
    },
  ],
  invalid: [
    {
      name: 'a hostPath edited into an emptyDir, in a DaemonSet template',
      text: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: agent, image: fluent/fluent-bit:3.1}]
              volumes:
                - name: logs
                  hostPath: {path: /var/log}
                  emptyDir: {}
      `,
      findings: [
        {
          at: '13:11-13:19',
          message: 'Forbidden: may not specify more than 1 volume type (hostPath is given too); keep one, or combine sources in a projected volume',
          path: 'spec.template.spec.volumes[0].emptyDir',
        },
      ],
    },
  ],
});
