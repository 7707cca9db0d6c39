import { volumesOf } from '../model/containerFacts';
import { formatPath } from '../model/path';
import type { ObjectRule } from './types';

export const duplicateVolumeName: ObjectRule = {
  meta: {
    id: 'duplicate-volume-name',
    severity: 'error',
    description: 'Two entries of spec.volumes with the same name.',
    docs: [
      'Volume names are how containers find a volume, so they must be unique in the pod: the API',
      'server rejects `spec.volumes[1].name: Duplicate value: "data"`. Two containers that meant to',
      'share one volume need one entry, mounted by both; two different volumes need two names.',
      '',
      'Wrong:',
      '```yaml',
      'volumes:',
      '  - name: data',
      '    emptyDir: {}',
      '  - name: data',
      '    configMap: {name: app-config}',
      '```',
      'Right:',
      '```yaml',
      'volumes:',
      '  - name: data',
      '    emptyDir: {}',
      '  - name: config',
      '    configMap: {name: app-config}',
      '```',
    ].join('\n'),
    source: 'ValidateVolumes in pkg/apis/core/validation/validation.go (field.Duplicate on name)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const first = new Map<string, string>();
      for (const v of volumesOf(pod)) {
        const earlier = first.get(v.name);
        if (earlier === undefined) {
          first.set(v.name, formatPath(v.path));
          continue;
        }
        ctx.report({
          path: [...v.path, 'name'],
          at: 'value',
          message: `Duplicate value: ${JSON.stringify(v.name)}: volume names must be unique in a pod; ${earlier} already declares it`,
        });
      }
    }
  },
};
