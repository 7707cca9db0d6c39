import { describeContainer } from '../model/containerFacts';
import { isSidecar } from '../model/containerRestart';
import type { ObjectRule } from './types';

export const sidecarOrder: ObjectRule = {
  meta: {
    id: 'sidecar-order',
    severity: 'information',
    description: 'An ordinary init container listed before a native sidecar, so it runs before the sidecar starts.',
    docs: [
      'Init containers start strictly in the order listed. A native sidecar (`restartPolicy: Always`)',
      'starts when its turn comes and keeps running; an ordinary init container must finish before',
      'the next one starts. So an init container listed above a sidecar runs without it: a database',
      'migration that needs the Cloud SQL proxy sidecar, or a mesh proxy, hangs or fails. When it does',
      'not need the sidecar, the order is fine and this information can be turned off. Give a',
      'sidecar that must be ready first a startupProbe: the next container waits for it.',
      '',
      'Wrong:',
      '```yaml',
      'initContainers:',
      '  - name: migrate',
      '    image: registry.example.com/app-migrate:2.3.1',
      '  - name: cloud-sql-proxy',
      '    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0',
      '    restartPolicy: Always',
      '```',
      'Right:',
      '```yaml',
      'initContainers:',
      '  - name: cloud-sql-proxy',
      '    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0',
      '    restartPolicy: Always',
      '    startupProbe: {tcpSocket: {port: 5432}}',
      '  - name: migrate',
      '    image: registry.example.com/app-migrate:2.3.1',
      '```',
    ].join('\n'),
    source: 'init container start order (kubelet computeInitContainerActions; KEP-753 sidecar containers)',
    scope: 'workload',
  },
  check(ctx) {
    const version = ctx.schema.version;
    for (const pod of ctx.podSpecs) {
      const init = pod.containers.filter((c) => c.group === 'initContainers');
      init.forEach((c, i) => {
        if (isSidecar(c, version)) return;
        const later = init.slice(i + 1).filter((s) => isSidecar(s, version));
        if (!later.length) return;
        const names = later.map((s) => describeContainer(s)).join(', ');
        ctx.report({
          path: [...c.path, 'name'],
          at: 'value',
          message:
            later.length > 1
              ? `${describeContainer(c)} runs to completion before the native sidecars listed after it start (${names}): if it needs them, list them first`
              : `${describeContainer(c)} runs to completion before the native sidecar listed after it starts (${names}): if it needs it, list it first`,
        });
      });
    }
  },
};
