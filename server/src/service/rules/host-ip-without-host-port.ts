import { describeContainer, portsOf } from '../model/containerFacts';
import { formatPath } from '../model/path';
import type { ObjectRule } from './types';

export const hostIpWithoutHostPort: ObjectRule = {
  meta: {
    id: 'host-ip-without-host-port',
    severity: 'warning',
    description: 'A container port with hostIP but no hostPort: nothing is bound on the node.',
    docs: [
      '`hostIP` says which node address a `hostPort` binds. Without a `hostPort` nothing is bound on',
      'the node, so the `hostIP` does nothing, and whoever wrote it expected the port to be reachable',
      'there. The API server accepts the pod with a warning:',
      '`spec.containers[0].ports[0]: hostIP set without hostPort`.',
      '',
      'Wrong:',
      '```yaml',
      'ports:',
      '  - {containerPort: 9100, hostIP: 127.0.0.1}',
      '```',
      'Right:',
      '```yaml',
      'ports:',
      '  - {containerPort: 9100, hostPort: 9100, hostIP: 127.0.0.1}',
      '```',
    ].join('\n'),
    source: 'warningsForPodSpecAndMeta in pkg/api/pod/warnings.go ("hostIP set without hostPort")',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        for (const p of portsOf(c)) {
          if (p.hostIP === '' || p.hostPort !== undefined) continue;
          ctx.report({
            path: [...p.path, 'hostIP'],
            at: 'key',
            message: `${formatPath(p.path)}: hostIP set without hostPort: ${describeContainer(c)} binds nothing on ${p.hostIP}; add a hostPort or remove hostIP`,
          });
        }
      }
    }
  },
};
