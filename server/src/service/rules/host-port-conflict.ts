import { describeContainer, portsOf } from '../model/containerFacts';
import type { ContainerModel } from '../model/podModel';
import type { ObjectRule, ObjectRuleContext } from './types';

/** AccumulateUniqueHostPorts over one group of containers that run at the same time. */
function accumulate(ctx: ObjectRuleContext, containers: readonly ContainerModel[]): void {
  const seen = new Map<string, ContainerModel>();
  for (const c of containers) {
    for (const p of portsOf(c)) {
      if (p.hostPort === undefined) continue;
      const key = `${p.protocol}/${p.hostIP}/${p.hostPort}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
      const by = first === c ? 'another port of the same container' : describeContainer(first);
      ctx.report({
        path: [...p.path, 'hostPort'],
        at: 'value',
        message: `Duplicate value: ${JSON.stringify(key)}: ${describeContainer(c)} asks for hostPort ${p.hostPort}/${p.protocol}${p.hostIP ? ` on ${p.hostIP}` : ''}, which ${by} already binds on the node`,
      });
    }
  }
}

export const hostPortConflict: ObjectRule = {
  meta: {
    id: 'host-port-conflict',
    severity: 'error',
    description: 'Two ports of containers that run together ask for the same hostPort, protocol and hostIP.',
    docs: [
      'A `hostPort` binds a port on the node for one container. Regular containers run together, so',
      'their host ports (keyed `protocol/hostIP/hostPort`) must differ across all of them; init',
      'containers run one at a time, so each is checked alone. The API server rejects clashes:',
      '`spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"`.',
      '',
      'Wrong:',
      '```yaml',
      'containers:',
      '  - name: proxy',
      '    ports: [{containerPort: 8080, hostPort: 8080}]',
      '  - name: admin',
      '    ports: [{containerPort: 9000, hostPort: 8080}]',
      '```',
      'Right:',
      '```yaml',
      '  - name: admin',
      '    ports: [{containerPort: 9000, hostPort: 9000}]',
      '```',
    ].join('\n'),
    source: 'checkHostPortConflicts and AccumulateUniqueHostPorts in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      accumulate(ctx, pod.containers.filter((c) => c.group === 'containers'));
      for (const c of pod.containers) if (c.group === 'initContainers') accumulate(ctx, [c]);
    }
  },
};
