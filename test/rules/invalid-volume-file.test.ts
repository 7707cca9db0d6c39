import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-volume-file', {
  valid: [
    {
      name: 'relative paths, octal and decimal modes in range, a projected volume',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
          volumes:
            - name: config
              configMap: {name: app, defaultMode: 0644, items: [{key: app.conf, path: conf/app.conf, mode: 420}]}
            - name: bundle
              projected:
                defaultMode: 0440
                sources: [{secret: {name: tls, items: [{key: tls.crt, path: certs/tls.crt}]}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a decimal mode, a path out of the volume, an absolute path, in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx:1.27}]
              volumes:
                - name: config
                  configMap:
                    name: app
                    defaultMode: 644
                    items: [{key: a, path: ../a}, {key: b, path: /etc/b}]
      `,
      findings: [
        { at: '14:26-14:29', message: 'Invalid value: 644: must be a number between 0 and 0777 (octal), both inclusive; 644 is decimal here: write 0644 (octal) or 420', path: 'spec.template.spec.volumes[0].configMap.defaultMode' },
        { at: '15:36-15:40', message: "Invalid value: \"../a\": must not contain '..' (the file goes inside the volume's directory)" },
        { at: '15:58-15:64', message: "Invalid value: \"/etc/b\": must be a relative path (the file goes inside the volume's directory)" },
      ],
    },
  ],
});
