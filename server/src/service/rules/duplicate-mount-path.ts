import { describeContainer, itemsOf } from '../model/containerFacts';
import { formatPath } from '../model/path';
import type { ObjectRule } from './types';

export const duplicateMountPath: ObjectRule = {
  meta: {
    id: 'duplicate-mount-path',
    severity: 'error',
    description: 'The same mountPath twice in one container.',
    docs: [
      'A path inside a container can hold one mount. Mounting two volumes at the same `mountPath`',
      'is rejected: `spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be',
      'unique`. Containers of one pod may each mount the same path: only one container\'s list counts.',
      '',
      'Wrong:',
      '```yaml',
      'volumeMounts:',
      '  - {name: config, mountPath: /etc/app}',
      '  - {name: secrets, mountPath: /etc/app}',
      '```',
      'Right:',
      '```yaml',
      'volumeMounts:',
      '  - {name: config, mountPath: /etc/app}',
      '  - {name: secrets, mountPath: /etc/app/secrets}',
      '```',
    ].join('\n'),
    source: 'ValidateVolumeMounts in pkg/apis/core/validation/validation.go ("must be unique")',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        // Compared as written, as the API server does (no path cleaning).
        const seen = new Map<string, string>();
        for (const m of itemsOf(c.value, c.path, 'volumeMounts')) {
          const mountPath = m.value.mountPath;
          if (typeof mountPath !== 'string' || mountPath === '') continue;
          const earlier = seen.get(mountPath);
          if (earlier === undefined) {
            seen.set(mountPath, formatPath(m.path));
            continue;
          }
          ctx.report({
            path: [...m.path, 'mountPath'],
            at: 'value',
            message: `Invalid value: ${JSON.stringify(mountPath)}: must be unique; ${describeContainer(c)} already mounts ${earlier} there`,
          });
        }
      }
    }
  },
};
