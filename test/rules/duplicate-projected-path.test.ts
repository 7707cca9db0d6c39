import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-projected-path', {
  valid: [
    {
      name: 'distinct paths; the same file names in two volumes; a source without items; a token path (not compared by the API)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccountName: app
          containers: [{name: app, image: nginx:1.27}]
          volumes:
            - name: creds
              projected:
                sources:
                  - configMap: {name: ca, items: [{key: ca.crt, path: ca.crt}]}
                  - secret: {name: tls, items: [{key: tls.key, path: tls.key}]}
                  - secret: {name: extra}
                  - downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}
                  - serviceAccountToken: {path: ca.crt}
            - name: other
              projected:
                sources: [{configMap: {name: ca2, items: [{key: ca.crt, path: ca.crt}]}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a configMap and a secret item writing one file',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
          volumes:
            - name: creds
              projected:
                sources:
                  - configMap:
                      name: ca
                      items: [{key: ca.crt, path: ca.crt}]
                  - secret:
                      name: tls
                      items:
                        - {key: ca.crt, path: ca.crt}
                        - {key: tls.key, path: tls.key}
      `,
      findings: [
        {
          at: '16:39-16:45',
          message:
            'spec.volumes[0].projected: Invalid value: "tls": conflicting duplicate paths: spec.volumes[0].projected.sources[0].configMap.items[0] already writes "ca.crt"; give each file of the volume its own path',
          path: 'spec.volumes[0].projected.sources[1].secret.items[0].path',
        },
      ],
    },
    {
      name: 'two downwardAPI items with one path, in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27}]
              volumes:
                - name: info
                  projected:
                    sources:
                      - downwardAPI:
                          items:
                            - {path: meta, fieldRef: {fieldPath: metadata.labels}}
                            - {path: meta, fieldRef: {fieldPath: metadata.annotations}}
      `,
      findings: [
        {
          at: '17:30-17:34',
          message:
            'spec.template.spec.volumes[0].projected: Invalid value: "meta": conflicting duplicate paths: spec.template.spec.volumes[0].projected.sources[0].downwardAPI.items[0] already writes "meta"; give each file of the volume its own path',
        },
      ],
    },
  ],
});
