import { itemsOf } from '../model/containerFacts';
import type { ObjectRule } from './types';
import { sourcesOf, volumeSourceFields } from './volumeSources';

export const multipleVolumeSources: ObjectRule = {
  meta: {
    id: 'multiple-volume-sources',
    severity: 'error',
    description: 'A volume with more than one source (emptyDir and hostPath, configMap and secret...).',
    docs: [
      'Each entry of `volumes` has a name and one source: `emptyDir`, `configMap`, `secret`,',
      '`persistentVolumeClaim`, `hostPath`, `projected`... Two sources in one entry are',
      '`Forbidden: may not specify more than 1 volume type`. It usually comes from editing a volume',
      'in place (a `hostPath` changed to an `emptyDir` without removing the old key) or from a merge',
      'of two manifests. To combine a ConfigMap and a Secret in one directory, use a `projected`',
      'volume. (An entry with no source at all is defaulted to an `emptyDir`.)',
      '',
      'Wrong:',
      '```yaml',
      'volumes:',
      '  - name: cache',
      '    emptyDir: {}',
      '    hostPath: {path: /var/cache/app}',
      '```',
      'Right:',
      '```yaml',
      'volumes:',
      '  - name: cache',
      '    emptyDir: {}',
      '```',
    ].join('\n'),
    source: 'validateVolumeSource in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const fields = volumeSourceFields(ctx, pod);
      for (const { path, value } of itemsOf(pod.value, pod.path, 'volumes')) {
        const given = sourcesOf(value, fields);
        for (const extra of given.slice(1)) {
          ctx.report({ path: [...path, extra], at: 'key', message: `Forbidden: may not specify more than 1 volume type (${given[0]} is given too); keep one, or combine sources in a projected volume` });
        }
      }
    }
  },
};
