import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('unused-volume', {
  valid: [
    {
      name: 'each volume mounted by some container (a device counts)',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers: [{name: seed, image: busybox:1.36, volumeMounts: [{name: seed, mountPath: /seed}]}]
          containers: [{name: db, image: postgres:16, volumeDevices: [{name: disk, devicePath: /dev/xvda}]}]
          volumes: [{name: seed, emptyDir: {}}, {name: disk, persistentVolumeClaim: {claimName: db}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a ConfigMap volume nobody mounts',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
          volumes:
            - name: config
              configMap: {name: app}
      `,
      findings: [{ at: '7:13-7:19', message: 'volume "config" is declared but no container mounts it', path: 'spec.volumes[0].name' }],
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
              containers: [{name: app, image: nginx:1.27, volumeMounts: [{name: used, mountPath: /u}]}]
              volumes: [{name: used, emptyDir: {}}, {name: cache, emptyDir: {}}]
      `,
      findings: [{ at: '10:52-10:57', message: 'volume "cache" is declared but no container mounts it' }],
    },
  ],
});
