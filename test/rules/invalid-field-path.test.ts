import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-field-path', {
  valid: [
    {
      name: 'the downward API fields a sidecar reads, a label by key, resources, a downwardAPI volume',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
            - name: tracing-agent
              image: otel/opentelemetry-collector:0.105.0
              env:
                - {name: POD_NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
                - {name: POD_IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}
                - {name: APP, valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}}
                - {name: MEM, valueFrom: {resourceFieldRef: {containerName: app, resource: limits.memory}}}
          volumes:
            - name: podinfo
              downwardAPI:
                items:
                  - {path: labels, fieldRef: {fieldPath: metadata.labels}}
                  - {path: hp, resourceFieldRef: {containerName: app, resource: requests.hugepages-2Mi}}
      `,
    },
  ],
  invalid: [
    {
      name: 'typos in a sidecar of a Deployment template: fixed to the one meant',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - name: proxy
                  image: envoyproxy/envoy:v1.31.0
                  env:
                    - {name: POD_IP, valueFrom: {fieldRef: {fieldPath: status.podIp}}}
                    - {name: CPU, valueFrom: {resourceFieldRef: {resource: limits.cpus}}}
      `,
      findings: [
        { at: '13:64-13:76', message: /^Unsupported value: "status\.podIp": supported values: "metadata\.annotations", .*"status\.podIPs" \(env fieldRef\); did you mean "status\.podIP"\?$/, path: 'spec.template.spec.containers[0].env[0].valueFrom.fieldRef.fieldPath' },
        { at: '14:68-14:79', message: /\(resourceFieldRef\); did you mean "limits\.cpu"\?$/ },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - name: proxy
                  image: envoyproxy/envoy:v1.31.0
                  env:
                    - {name: POD_IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}
                    - {name: CPU, valueFrom: {resourceFieldRef: {resource: limits.cpu}}}
      `,
    },
    {
      name: 'a downwardAPI volume may not expose the pod IP',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
          volumes:
            - name: podinfo
              downwardAPI:
                items: [{path: ip, fieldRef: {fieldPath: status.podIP}}]
      `,
      findings: [{ at: '9:50-9:62', message: /^Unsupported value: "status\.podIP": supported values: "metadata\.annotations", "metadata\.labels", "metadata\.name", "metadata\.namespace", "metadata\.uid" \(downwardAPI volume fieldRef\)$/ }],
    },
  ],
});
