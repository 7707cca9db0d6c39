import type { ObjectRule } from './types';

export const emptyContainers: ObjectRule = {
  meta: {
    id: 'empty-containers',
    severity: 'error',
    description: 'A pod spec whose containers list is empty.',
    docs: [
      'The schema is satisfied by `containers: []`, the API server is not: a pod needs at least one',
      'regular container (`spec.containers: Required value`); init containers and ephemeral',
      'containers do not count. It happens when the containers are moved to `initContainers`, or when',
      'a template leaves the list for a later patch to fill.',
      '',
      'Wrong:',
      '```yaml',
      'spec:',
      '  initContainers: [{name: setup, image: busybox:1.36}]',
      '  containers: []',
      '```',
      'Right:',
      '```yaml',
      'spec:',
      '  initContainers: [{name: setup, image: busybox:1.36}]',
      '  containers: [{name: app, image: nginx:1.27}]',
      '```',
    ].join('\n'),
    source: 'validateContainers in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      if (Array.isArray(pod.value.containers) && pod.value.containers.length === 0) {
        ctx.report({ path: [...pod.path, 'containers'], at: 'key', message: 'Required value: containers must list at least one container (init and ephemeral containers do not count)' });
      }
    }
  },
};
