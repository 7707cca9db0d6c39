import { describeContainer, itemsOf } from '../model/containerFacts';
import { formatPath } from '../model/path';
import type { ObjectRule } from './types';

export const duplicateEnv: ObjectRule = {
  meta: {
    id: 'duplicate-env',
    severity: 'warning',
    description: 'An environment variable defined twice in one container, the later one hiding the first.',
    docs: [
      'When a container lists a variable twice, the last definition wins, and `kubectl apply` (which',
      'merges `env` by name) may drop one of them on the next change. The API server warns:',
      '`spec.containers[0].env[3]: hides previous definition of "LOG_LEVEL", which may be dropped',
      'when using apply`. A later definition that builds on the earlier one (`value: $(PATH):/opt/bin`)',
      'is fine and not reported, as in the API server.',
      '',
      'Wrong:',
      '```yaml',
      'env:',
      '  - {name: LOG_LEVEL, value: info}',
      '  - {name: LOG_LEVEL, value: debug}',
      '```',
      'Right:',
      '```yaml',
      'env:',
      '  - {name: LOG_LEVEL, value: debug}',
      '```',
    ].join('\n'),
    source: 'warningsForPodSpecAndMeta in pkg/api/pod/warnings.go ("hides previous definition of ...")',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        const seen = new Map<string, string>();
        for (const e of itemsOf(c.value, c.path, 'env')) {
          const name = e.value.name;
          if (typeof name !== 'string') continue;
          const earlier = seen.get(name);
          if (earlier === undefined) {
            seen.set(name, formatPath(e.path));
            continue;
          }
          const value = typeof e.value.value === 'string' ? e.value.value : '';
          const ref = `$(${name})`;
          // The API server lets a later definition refer to the earlier one (X="$(X)-suffix").
          const hides = e.value.valueFrom !== undefined || value === ref || !value.includes(ref);
          if (!hides) continue;
          ctx.report({
            path: [...e.path, 'name'],
            at: 'value',
            message: `${formatPath(e.path)}: hides previous definition of ${JSON.stringify(name)}, which may be dropped when using apply (${describeContainer(c)} defines it first at ${earlier})`,
          });
        }
      }
    }
  },
};
