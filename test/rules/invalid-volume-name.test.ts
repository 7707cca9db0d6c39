import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-volume-name', {
  valid: [
    {
      name: 'DNS-1123 labels',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: config-1, mountPath: /c}]}]
          volumes: [{name: config-1, configMap: {name: app}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'an underscore: the fix renames the volume and both containers\' mounts',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              volumeMounts: [{name: config_files, mountPath: /etc/app}]
            - name: reloader
              image: jimmidyson/configmap-reload:v0.14.0
              volumeMounts: [{name: config_files, mountPath: /config}]
          volumes:
            - name: config_files   # from the app's ConfigMap
              configMap: {name: app}
      `,
      findings: [
        {
          at: '13:13-13:25',
          message:
            "Invalid value \"config_files\" for the volume name: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
          path: 'spec.volumes[0].name',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              volumeMounts: [{name: config-files, mountPath: /etc/app}]
            - name: reloader
              image: jimmidyson/configmap-reload:v0.14.0
              volumeMounts: [{name: config-files, mountPath: /config}]
          volumes:
            - name: config-files   # from the app's ConfigMap
              configMap: {name: app}
      `,
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
              containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: Data, mountPath: /d}]}]
              volumes: [{name: Data, emptyDir: {}}]
      `,
      findings: [{ at: '10:24-10:28', message: /^Invalid value "Data" for the volume name/ }],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: data, mountPath: /d}]}]
              volumes: [{name: data, emptyDir: {}}]
      `,
    },
  ],
});
