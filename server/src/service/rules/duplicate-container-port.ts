import { describeContainer, PortFacts, portsOf } from '../model/containerFacts';
import { formatPath } from '../model/path';
import type { ContainerModel } from '../model/podModel';
import type { ObjectRule } from './types';

/** The API server's three kinds of clash between two declarations of one containerPort/protocol. */
function clash(a: PortFacts, b: PortFacts): string | undefined {
  if (a.hostIP === b.hostIP && a.hostPort === b.hostPort) return 'duplicate';
  if (a.hostPort === undefined || b.hostPort === undefined) return 'overlapping';
  if (a.hostPort === b.hostPort && (a.hostIP === '') !== (b.hostIP === '')) return 'dangerously ambiguous';
  return undefined;
}

export const duplicateContainerPort: ObjectRule = {
  meta: {
    id: 'duplicate-container-port',
    severity: 'warning',
    description: 'The same containerPort and protocol declared twice in a pod (two containers, or one container twice).',
    docs: [
      'All containers of a pod share one network namespace: only one process can listen on',
      '`8080/TCP`. When two containers declare the same `containerPort` and `protocol`, the second',
      'to start fails to bind (or one of them was meant to use another port), and a Service that',
      'targets the port cannot tell them apart. The API server accepts the pod with a warning:',
      '`spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]`',
      '(or "overlapping" / "dangerously ambiguous" when hostPort or hostIP differ).',
      '',
      'Wrong:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    ports: [{containerPort: 8080}]',
      '  - name: metrics-exporter',
      '    ports: [{containerPort: 8080}]',
      '```',
      'Right:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    ports: [{containerPort: 8080}]',
      '  - name: metrics-exporter',
      '    ports: [{containerPort: 9102}]',
      '```',
    ].join('\n'),
    source: 'warningsForPodSpecAndMeta in pkg/api/pod/warnings.go ("duplicate port definition with ...")',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const byKey = new Map<string, { port: PortFacts; container: ContainerModel }[]>();
      for (const c of pod.containers) {
        for (const p of portsOf(c)) {
          if (p.containerPort === undefined) continue;
          const key = `${p.containerPort}/${p.protocol}`;
          const others = byKey.get(key) ?? [];
          for (const o of others) {
            const kind = clash(p, o.port);
            if (!kind) continue;
            // A plain init container exits before the next one starts: the API warns all the same.
            const sequential = [o.container, c].find((x) => x.group === 'initContainers' && x.value.restartPolicy !== 'Always');
            const who =
              o.container === c
                ? `${describeContainer(c)} declares ${key} twice`
                : sequential
                  ? `${describeContainer(o.container)} and ${describeContainer(c)} both declare ${key}; ${describeContainer(sequential)} exits before the next container starts, so they listen in turn, but the API server warns`
                  : `${describeContainer(o.container)} and ${describeContainer(c)} both declare ${key}, but containers share the pod's network namespace: only one of them can listen on it`;
            ctx.report({
              path: [...p.path, 'containerPort'],
              at: 'value',
              message: `${formatPath(p.path)}: ${kind} port definition with ${formatPath(o.port.path)}: ${who}`,
            });
          }
          others.push({ port: p, container: c });
          byKey.set(key, others);
        }
      }
    }
  },
};
