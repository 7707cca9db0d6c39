import { podFlag } from '../model/containerFacts';
import type { ObjectRule } from './types';

export const shareProcessNamespaceHostPid: ObjectRule = {
  meta: {
    id: 'share-process-namespace-host-pid',
    severity: 'error',
    description: 'shareProcessNamespace: true and hostPID: true in one pod.',
    docs: [
      '`shareProcessNamespace: true` gives the containers of a pod one process namespace of their own,',
      'so a sidecar can see and signal the app\'s processes. `hostPID: true` puts every container in the',
      "node's process namespace instead. A pod cannot be in both, and the API server rejects it:",
      '`spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and',
      'HostPID cannot both be enabled` (the API reports the field under `securityContext`, its place in',
      'the internal type; in a manifest it is `spec.shareProcessNamespace`). With `hostPID: true` the',
      "containers already see each other's processes (and the node's): drop `shareProcessNamespace`, or",
      'drop `hostPID` if only the containers of the pod need to see each other.',
      '',
      'Wrong:',
      '```yaml',
      'spec:',
      '  hostPID: true',
      '  shareProcessNamespace: true',
      '```',
      'Right:',
      '```yaml',
      'spec:',
      '  shareProcessNamespace: true',
      '```',
    ].join('\n'),
    source: 'validatePodSpecSecurityContext in pkg/apis/core/validation/validation.go ("ShareProcessNamespace and HostPID cannot both be enabled")',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      if (!podFlag(pod, 'hostPID') || !podFlag(pod, 'shareProcessNamespace')) continue;
      ctx.report({
        path: [...pod.path, 'shareProcessNamespace'],
        at: 'value',
        message:
          "Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled; with hostPID: true the containers already share the node's process namespace: remove shareProcessNamespace, or hostPID if only the pod's own containers need to see each other",
      });
    }
  },
};
