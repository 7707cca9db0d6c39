import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('undeclared-volume', {
  valid: [
    {
      name: 'every mount names a declared volume, across init, regular and ephemeral containers',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers: [{name: init, image: busybox:1.36, volumeMounts: [{name: data, mountPath: /data}]}]
          containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: data, mountPath: /data}]}]
          ephemeralContainers: [{name: debug, image: busybox:1.36, volumeMounts: [{name: data, mountPath: /data}]}]
          volumes: [{name: data, emptyDir: {}}]
      `,
    },
    {
      name: 'a StatefulSet mounts the volumes of its volumeClaimTemplates',
      text: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              containers: [{name: db, image: postgres:16, volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]}]
          volumeClaimTemplates:
            - metadata: {name: data}
              spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
      `,
    },
  ],
  invalid: [
    {
      name: 'a sidecar mounts a misspelt volume: rename to the closest declared name (preferred)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              volumeMounts:
                - name: logs
                  mountPath: /var/log/nginx
            - name: shipper
              image: fluent/fluent-bit:3.1
              volumeMounts:
                - name: log   # tail the app's logs
                  mountPath: /logs
          volumes:
            - name: logs
              emptyDir: {}
      `,
      findings: [
        {
          at: '14:17-14:20',
          message: 'Not found: "log": container "shipper" mounts a volume that spec.volumes does not declare; did you mean "logs"?',
          path: 'spec.containers[1].volumeMounts[0].name',
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
              volumeMounts:
                - name: logs
                  mountPath: /var/log/nginx
            - name: shipper
              image: fluent/fluent-bit:3.1
              volumeMounts:
                - name: logs  # tail the app's logs
                  mountPath: /logs
          volumes:
            - name: logs
              emptyDir: {}
      `,
    },
    {
      name: 'nothing close: declare an emptyDir volume, appended to spec.volumes in its own layout',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              volumeMounts:
                - name: scratch
                  mountPath: /tmp
          volumes:
            - name: config   # app settings
              configMap: {name: app}
      `,
      findings: [
        {
          at: '9:17-9:24',
          message: 'Not found: "scratch": container "app" mounts a volume that spec.volumes does not declare (declared volumes: "config")',
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
              volumeMounts:
                - name: scratch
                  mountPath: /tmp
          volumes:
            - name: config   # app settings
              configMap: {name: app}
            - name: scratch
              emptyDir: {}
      `,
    },
    {
      name: 'Deployment template without volumes: spec.volumes is added',
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
                - name: app
                  image: nginx:1.27
                  volumeMounts:
                    - {name: cache, mountPath: /cache}
              restartPolicy: Always
      `,
      findings: [
        { at: '13:22-13:27', message: 'Not found: "cache": container "app" mounts a volume that spec.volumes does not declare (the pod declares no volumes)' },
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
                - name: app
                  image: nginx:1.27
                  volumeMounts:
                    - {name: cache, mountPath: /cache}
              restartPolicy: Always
              volumes:
                - name: cache
                  emptyDir: {}
      `,
    },
    {
      name: 'a volumeDevice naming no volume (no emptyDir fix: block devices need a claim)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: db
              image: postgres:16
              volumeDevices: [{name: dsk, devicePath: /dev/xvda}]
          volumes: [{name: disk, persistentVolumeClaim: {claimName: db}}]
      `,
      findings: [{ at: '8:30-8:33', message: 'Not found: "dsk": container "db" uses a volume that spec.volumes does not declare; did you mean "disk"?' }],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: db
              image: postgres:16
              volumeDevices: [{name: disk, devicePath: /dev/xvda}]
          volumes: [{name: disk, persistentVolumeClaim: {claimName: db}}]
      `,
    },
  ],
});
