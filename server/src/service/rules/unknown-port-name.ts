import { changeValue } from './changeValue';
import { describeContainer, handlerPortsOf, portsOf } from '../model/containerFacts';
import { portNameErrors } from '../util/portNames';
import { closestMatch } from '../util/textDistance';
import type { ObjectRule } from './types';

export const unknownPortName: ObjectRule = {
  meta: {
    id: 'unknown-port-name',
    severity: 'warning',
    description: "A probe or lifecycle handler that names a port its own container does not declare.",
    docs: [
      'Probes and lifecycle hooks may give `httpGet.port` or `tcpSocket.port` as a port name. The API',
      'server only checks the name\'s syntax; the kubelet looks it up in the ports of the same',
      'container when it runs the probe, and fails it when the name is missing. The container',
      'then never becomes ready, or is restarted by its liveness probe, again and again. In',
      'multi-container pods the usual cause is a probe copied from another container, whose ports',
      'the kubelet does not search.',
      '',
      'Wrong:',
      '```yaml',
      '- name: app',
      '  ports: [{name: http, containerPort: 8080}]',
      '  readinessProbe:',
      '    httpGet: {path: /ready, port: web}',
      '```',
      'Right:',
      '```yaml',
      '- name: app',
      '  ports: [{name: http, containerPort: 8080}]',
      '  readinessProbe:',
      '    httpGet: {path: /ready, port: http}',
      '```',
    ].join('\n'),
    source: 'kubelet findPortByName (pkg/kubelet/prober, pkg/kubelet/lifecycle); the API server checks only ValidatePortNumOrName',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        const refs = handlerPortsOf(c).filter((h) => typeof h.value === 'string' && !portNameErrors(h.value).length);
        if (!refs.length) continue;
        const own = portsOf(c).flatMap((p) => (p.name ? [p.name] : []));
        for (const h of refs) {
          const name = h.value as string;
          if (own.includes(name)) continue;
          const suggestion = closestMatch(name, own);
          const fixes = suggestion ? changeValue(ctx.document, h.path, suggestion.value, { preferred: suggestion.unique }) : [];
          const elsewhere = pod.containers.find((o) => o !== c && portsOf(o).some((p) => p.name === name));
          const hint = suggestion
            ? `; did you mean ${JSON.stringify(suggestion.value)}?`
            : elsewhere
              ? `; ${describeContainer(elsewhere)} declares it, but the kubelet only looks in the probed container's own ports`
              : own.length
                ? ` (its ports: ${own.map((n) => JSON.stringify(n)).join(', ')})`
                : ' (it declares no named ports)';
          ctx.report({
            path: h.path,
            at: 'value',
            message: `${h.where}.port ${JSON.stringify(name)} is not a port name of ${describeContainer(c)}: the kubelet will fail this ${h.where.includes('Probe') ? 'probe' : 'hook'} at run time${hint}`,
            fixes,
          });
        }
      }
    }
  },
};
