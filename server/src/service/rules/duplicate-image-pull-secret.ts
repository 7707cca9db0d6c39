import { itemsOf } from '../model/containerFacts';
import { formatPath } from '../model/path';
import type { ObjectRule } from './types';

export const duplicateImagePullSecret: ObjectRule = {
  meta: {
    id: 'duplicate-image-pull-secret',
    severity: 'warning',
    description: 'An imagePullSecrets entry repeated, or with an empty name.',
    docs: [
      '`imagePullSecrets` lists the Secrets the kubelet may use to pull the images of every container',
      'of the pod. Naming a Secret twice does nothing more than naming it once, and is usually a merge',
      'of two lists (a sidecar injector adding the registry secret the pod already has) or a typo for',
      'a second registry. An entry without a name refers to nothing. The API server accepts both with a',
      'warning: `spec.imagePullSecrets[1].name: duplicate name "regcred"` and',
      '`spec.imagePullSecrets[0].name: invalid empty name ""`.',
      '',
      'Wrong:',
      '```yaml',
      'imagePullSecrets:',
      '  - name: regcred',
      '  - name: regcred',
      '```',
      'Right:',
      '```yaml',
      'imagePullSecrets:',
      '  - name: regcred',
      '  - name: ghcr-cred',
      '```',
    ].join('\n'),
    source: 'warningsForPodSpecAndMeta in pkg/api/pod/warnings.go ("duplicate name", "invalid empty name")',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const seen = new Map<string, string>();
      for (const { path, value } of itemsOf(pod.value, pod.path, 'imagePullSecrets')) {
        const name = value.name;
        const where = formatPath([...path, 'name']);
        if (name === undefined || name === '') {
          // An absent name is the empty string to the API server.
          ctx.report({ path: name === undefined ? path : [...path, 'name'], at: name === undefined ? 'anchor' : 'value', message: `${where}: invalid empty name "": name the Secret that holds the registry credentials, or remove the entry` });
          continue;
        }
        if (typeof name !== 'string') continue;
        const earlier = seen.get(name);
        if (earlier === undefined) {
          seen.set(name, formatPath(path));
          continue;
        }
        ctx.report({ path: [...path, 'name'], at: 'value', message: `${where}: duplicate name ${JSON.stringify(name)}: ${earlier} already lists it; remove one, or name the other registry's Secret` });
      }
    }
  },
};
