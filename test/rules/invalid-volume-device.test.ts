import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-volume-device', {
  valid: [
    {
      name: 'a PVC and an ephemeral volume attached, other volumes mounted; another container mounts the attached volume',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: db}
        spec:
          containers:
            - name: db
              image: postgres:16
              volumeDevices:
                - {name: data, devicePath: /dev/xvda}
                - {name: scratch, devicePath: /dev/xvdb}
              volumeMounts:
                - {name: config, mountPath: /etc/db}
            - name: backup
              image: busybox:1.36
              volumeMounts: [{name: data, mountPath: /dev/xvda}]
          volumes:
            - {name: data, persistentVolumeClaim: {claimName: db-block}}
            - name: scratch
              ephemeral:
                volumeClaimTemplate:
                  spec: {accessModes: [ReadWriteOnce], volumeMode: Block, resources: {requests: {storage: 1Gi}}}
            - {name: config, configMap: {name: db}}
      `,
    },
    {
      name: 'a volume whose only source is misspelt (unknown-field reports it)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: db}
        spec:
          containers: [{name: db, image: postgres:16, volumeDevices: [{name: data, devicePath: /dev/xvda}]}]
          volumes: [{name: data, persistentVolumeClam: {claimName: db-block}}]
      `,
    },
    {
      name: "a StatefulSet's volumeClaimTemplate attached as a device",
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
              containers: [{name: db, image: postgres:16, volumeDevices: [{name: data, devicePath: /dev/xvda}]}]
          volumeClaimTemplates:
            - metadata: {name: data}
              spec: {accessModes: [ReadWriteOnce], volumeMode: Block, resources: {requests: {storage: 1Gi}}}
      `,
    },
  ],
  invalid: [
    {
      name: 'an emptyDir attached as a block device',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: db}
        spec:
          containers:
            - name: db
              image: postgres:16
              volumeDevices:
                - name: scratch
                  devicePath: /dev/xvdb
          volumes:
            - {name: scratch, emptyDir: {}}
      `,
      findings: [
        {
          at: '9:17-9:24',
          message:
            'Invalid value: "scratch": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode; volume "scratch" is of type emptyDir: mount it with volumeMounts, or attach a persistentVolumeClaim whose volumeMode is Block',
          path: 'spec.containers[0].volumeDevices[0].name',
        },
      ],
    },
    {
      name: 'a name and a devicePath listed twice, a devicePath with ..',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: db}
        spec:
          containers:
            - name: db
              image: postgres:16
              volumeDevices:
                - {name: data, devicePath: /dev/xvda}
                - {name: data, devicePath: /dev/xvdb}
                - {name: logs, devicePath: /dev/xvda}
                - {name: wal, devicePath: /dev/../xvdc}
          volumes:
            - {name: data, persistentVolumeClaim: {claimName: data}}
            - {name: logs, persistentVolumeClaim: {claimName: logs}}
            - {name: wal, persistentVolumeClaim: {claimName: wal}}
      `,
      findings: [
        { at: '10:18-10:22', message: 'Invalid value: "data": must be unique; container "db" already attaches it at spec.containers[0].volumeDevices[0]', path: 'spec.containers[0].volumeDevices[1].name' },
        { at: '11:36-11:45', message: 'Invalid value: "/dev/xvda": must be unique; container "db" already puts spec.containers[0].volumeDevices[0] there', path: 'spec.containers[0].volumeDevices[2].devicePath' },
        { at: '12:35-12:47', message: "Invalid value: \"/dev/../xvdc\": can not contain backsteps ('..')", path: 'spec.containers[0].volumeDevices[3].devicePath' },
      ],
    },
    {
      name: 'one volume mounted and attached, a devicePath equal to a mountPath (both sides reported)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: db}
        spec:
          containers:
            - name: db
              image: postgres:16
              volumeMounts:
                - {name: data, mountPath: /var/lib/db}
                - {name: config, mountPath: /dev/xvdb}
              volumeDevices:
                - {name: data, devicePath: /dev/xvda}
                - {name: wal, devicePath: /dev/xvdb}
          volumes:
            - {name: data, persistentVolumeClaim: {claimName: data}}
            - {name: wal, persistentVolumeClaim: {claimName: wal}}
            - {name: config, configMap: {name: db}}
      `,
      findings: [
        {
          at: '9:18-9:22',
          message:
            'Invalid value: "data": must not already exist in volumeDevices; container "db" attaches it as a block device at spec.containers[0].volumeDevices[0]: a volume is either mounted as a filesystem or attached as a device, not both',
          path: 'spec.containers[0].volumeMounts[0].name',
        },
        {
          at: '10:37-10:46',
          message: 'Invalid value: "/dev/xvdb": must not already exist as a path in volumeDevices; container "db" puts the device of spec.containers[0].volumeDevices[1] there',
          path: 'spec.containers[0].volumeMounts[1].mountPath',
        },
        { at: '12:18-12:22', message: 'Invalid value: "data": must not already exist in volumeMounts; container "db" also mounts it at spec.containers[0].volumeMounts[0]' },
        { at: '13:35-13:44', message: 'Invalid value: "/dev/xvdb": must not already exist as a path in volumeMounts; container "db" mounts spec.containers[0].volumeMounts[1] there' },
      ],
    },
    {
      name: 'a configMap attached by a sidecar in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              initContainers:
                - {name: agent, image: busybox:1.36, restartPolicy: Always, volumeDevices: [{name: conf, devicePath: /dev/conf}]}
              containers: [{name: app, image: nginx:1.27}]
              volumes: [{name: conf, configMap: {name: web}}]
      `,
      findings: [{ at: '10:92-10:96', message: /^Invalid value: "conf": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode; volume "conf" is of type configMap/, path: 'spec.template.spec.initContainers[0].volumeDevices[0].name' }],
    },
  ],
});
