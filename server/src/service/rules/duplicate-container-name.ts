import { describeContainer } from '../model/containerFacts';
import { formatPath } from '../model/path';
import type { ContainerModel } from '../model/podModel';
import type { ObjectRule } from './types';

export const duplicateContainerName: ObjectRule = {
  meta: {
    id: 'duplicate-container-name',
    severity: 'error',
    description: 'Two containers of a pod (init, regular or ephemeral) with the same name.',
    docs: [
      'A container name identifies the container in the pod: in `kubectl logs -c`, `kubectl exec -c`,',
      'the pod status and `resourceFieldRef.containerName`. Init containers, containers and ephemeral',
      'containers share one namespace of names, so the API server rejects a duplicate in any of them:',
      '`spec.initContainers[0].name: Duplicate value: "app"`. A sidecar copied from the main container',
      'and not renamed is the usual cause.',
      '',
      'Wrong:',
      '```yaml',
      'initContainers:',
      '  - name: app',
      '    image: busybox:1.36',
      'containers:',
      '  - name: app',
      '    image: nginx:1.27',
      '```',
      'Right:',
      '```yaml',
      'initContainers:',
      '  - name: wait-for-db',
      '    image: busybox:1.36',
      'containers:',
      '  - name: app',
      '    image: nginx:1.27',
      '```',
    ].join('\n'),
    source: 'validateContainers, validateInitContainers and validateEphemeralContainers in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      // The API server checks regular containers first, then init containers against them, then
      // ephemeral containers against both: the later one in that order is the duplicate.
      const order = [...pod.containers].sort((a, b) => rank(a) - rank(b));
      const first = new Map<string, ContainerModel>();
      for (const c of order) {
        if (!c.name) continue;
        const earlier = first.get(c.name);
        if (!earlier) {
          first.set(c.name, c);
          continue;
        }
        ctx.report({
          path: [...c.path, 'name'],
          at: 'value',
          message: `Duplicate value: ${JSON.stringify(c.name)}: container names must be unique across containers, initContainers and ephemeralContainers; ${describeContainer(earlier)} is ${formatPath(earlier.path)}`,
        });
      }
    }
  },
};

function rank(c: ContainerModel): number {
  return (c.group === 'containers' ? 0 : c.group === 'initContainers' ? 1 : 2) * 1e6 + c.index;
}
