import { podFlag } from '../model/containerFacts';
import { formatPath } from '../model/path';
import { versionAtLeast } from '../util/kubernetesVersion';
import type { ObjectRule } from './types';

// The field the API server names in its error: hostNetwork as written, the other two capitalised.
const FLAGS = [
  ['hostNetwork', 'hostNetwork', 'network'],
  ['hostPID', 'HostPID', 'process'],
  ['hostIPC', 'HostIPC', 'IPC'],
] as const;

export const hostUsersHostNamespace: ObjectRule = {
  meta: {
    id: 'host-users-host-namespace',
    severity: 'error',
    description: 'hostUsers: false together with hostNetwork, hostPID or hostIPC (Kubernetes 1.33 and later).',
    docs: [
      '`hostUsers: false` runs the pod in a user namespace of its own: root in its containers is an',
      "unprivileged user on the node. Sharing one of the node's namespaces at the same time is",
      'rejected: `spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false` (and `spec.HostPID`,',
      '`spec.HostIPC` for the other two). User namespaces (UserNamespacesSupport) are on by default',
      'from Kubernetes 1.33, so the rule checks files for 1.33 and later; before, the API server drops',
      '`hostUsers` unless the feature gate is turned on.',
      '',
      'Wrong:',
      '```yaml',
      'spec:',
      '  hostUsers: false',
      '  hostNetwork: true',
      '```',
      'Right:',
      '```yaml',
      'spec:',
      '  hostUsers: false',
      '```',
    ].join('\n'),
    source: 'validateHostUsers in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    if (!versionAtLeast(ctx.kubernetesVersion, '1.33')) return;
    for (const pod of ctx.podSpecs) {
      if (pod.value.hostUsers !== false) continue;
      for (const [field, apiName, namespace] of FLAGS) {
        if (!podFlag(pod, field)) continue;
        ctx.report({
          path: [...pod.path, field],
          at: 'value',
          message: `${formatPath([...pod.path, apiName])}: Forbidden: when \`pod.Spec.HostUsers\` is false; a pod in its own user namespace cannot share the node's ${namespace} namespace: remove ${field}, or hostUsers: false`,
        });
      }
    }
  },
};
