import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-mount-propagation', {
  valid: [
    {
      name: 'a privileged CSI node agent; HostToContainer elsewhere',
      text: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: csi-node}
        spec:
          selector: {matchLabels: {app: csi-node}}
          template:
            metadata: {labels: {app: csi-node}}
            spec:
              containers:
                - name: driver
                  image: registry.k8s.io/sig-storage/hostpathplugin:v1.14.0
                  securityContext: {privileged: true}
                  volumeMounts: [{name: pods, mountPath: /var/lib/kubelet/pods, mountPropagation: Bidirectional}]
                - name: watcher
                  image: busybox:1.36
                  volumeMounts: [{name: pods, mountPath: /pods, mountPropagation: HostToContainer}]
              volumes:
                - {name: pods, hostPath: {path: /var/lib/kubelet/pods}}
      `,
    },
  ],
  invalid: [
    {
      name: 'Bidirectional on an unprivileged sidecar of a DaemonSet',
      text: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers:
                - name: agent
                  image: busybox:1.36
                  volumeMounts: [{name: host, mountPath: /host, mountPropagation: Bidirectional}]
              volumes:
                - {name: host, hostPath: {path: /}}
      `,
      findings: [{ at: '12:75-12:88', message: /^Forbidden: Bidirectional mount propagation is available only to privileged containers \(container "agent" is not privileged\)/ }],
    },
  ],
});
