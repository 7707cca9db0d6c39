import { describeContainer, itemsOf } from '../model/containerFacts';
import { isPlainObject } from '../model/path';
import type { ObjectRule } from './types';

export const invalidMountPropagation: ObjectRule = {
  meta: {
    id: 'invalid-mount-propagation',
    severity: 'error',
    description: 'mountPropagation: Bidirectional on a container that is not privileged.',
    docs: [
      'With `Bidirectional` propagation a container\'s mounts appear on the host and in other pods,',
      'which only a privileged container may do: `Forbidden: Bidirectional mount propagation is',
      'available only to privileged containers`. Storage and CSI node agents run privileged; a sidecar',
      'that only needs to see mounts made on the host wants `HostToContainer`.',
      '',
      'Wrong:',
      '```yaml',
      '- name: watcher',
      '  volumeMounts: [{name: host, mountPath: /host, mountPropagation: Bidirectional}]',
      '```',
      'Right:',
      '```yaml',
      '- name: watcher',
      '  volumeMounts: [{name: host, mountPath: /host, mountPropagation: HostToContainer}]',
      '```',
    ].join('\n'),
    source: 'validateMountPropagation in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        const security = c.value.securityContext;
        if (isPlainObject(security) && security.privileged === true) continue;
        for (const { path, value } of itemsOf(c.value, c.path, 'volumeMounts')) {
          if (value.mountPropagation !== 'Bidirectional') continue;
          ctx.report({
            path: [...path, 'mountPropagation'],
            at: 'value',
            message: `Forbidden: Bidirectional mount propagation is available only to privileged containers (${describeContainer(c)} is not privileged); use HostToContainer to see the host's mounts`,
          });
        }
      }
    }
  },
};
