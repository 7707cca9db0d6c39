import { itemsOf, volumesOf } from '../model/containerFacts';
import type { ObjectRule } from './types';

export const unusedVolume: ObjectRule = {
  meta: {
    id: 'unused-volume',
    severity: 'information',
    description: 'A volume in spec.volumes that no container mounts.',
    docs: [
      'A volume that no container (init, regular or ephemeral) mounts or uses as a device does nothing',
      'but cost: a Secret or ConfigMap must still exist for the pod to start, a PersistentVolumeClaim',
      'is still bound and attached. It usually means a mount was removed, or a sidecar that should',
      'share the volume does not mount it.',
      '',
      'Wrong:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    image: app:1.0',
      'volumes:',
      '  - name: cache',
      '    emptyDir: {}',
      '```',
      'Right:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    image: app:1.0',
      '    volumeMounts: [{name: cache, mountPath: /cache}]',
      'volumes:',
      '  - name: cache',
      '    emptyDir: {}',
      '```',
    ].join('\n'),
    source: 'best practice (the kubelet sets up every declared volume, mounted or not)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const used = new Set<unknown>();
      for (const c of pod.containers) {
        for (const field of ['volumeMounts', 'volumeDevices']) for (const m of itemsOf(c.value, c.path, field)) used.add(m.value.name);
      }
      for (const v of volumesOf(pod)) {
        if (used.has(v.name)) continue;
        ctx.report({ path: [...v.path, 'name'], at: 'value', message: `volume ${JSON.stringify(v.name)} is declared but no container mounts it` });
      }
    }
  },
};
