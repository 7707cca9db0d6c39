import { describeContainer, portsOf } from '../model/containerFacts';
import { formatPath } from '../model/path';
import { portNameErrors } from '../util/portNames';
import type { ObjectRule } from './types';

export const duplicatePortName: ObjectRule = {
  meta: {
    id: 'duplicate-port-name',
    severity: 'error',
    description: 'Two ports of one container with the same name.',
    docs: [
      'A Service\'s `targetPort` and a probe\'s `port` pick a container port by name, so names must be',
      'unique within a container\'s `ports`: the API server rejects',
      '`spec.containers[0].ports[1].name: Duplicate value: "http"`. (Two containers of a pod may reuse',
      'a name; the API does not reject it, but a Service then needs the port number.)',
      '',
      'Wrong:',
      '```yaml',
      'ports:',
      '  - {name: http, containerPort: 8080}',
      '  - {name: http, containerPort: 8443}',
      '```',
      'Right:',
      '```yaml',
      'ports:',
      '  - {name: http, containerPort: 8080}',
      '  - {name: https, containerPort: 8443}',
      '```',
    ].join('\n'),
    source: 'validateContainerPorts in pkg/apis/core/validation/validation.go (field.Duplicate on name)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        const seen = new Map<string, string>();
        for (const p of portsOf(c)) {
          // Invalid names are reported by invalid-port-name, and the API server skips them here too.
          if (p.name === undefined || portNameErrors(p.name).length) continue;
          const earlier = seen.get(p.name);
          if (earlier === undefined) {
            seen.set(p.name, formatPath(p.path));
            continue;
          }
          ctx.report({
            path: [...p.path, 'name'],
            at: 'value',
            message: `Duplicate value: ${JSON.stringify(p.name)}: ${describeContainer(c)} already has a port of that name (${earlier})`,
          });
        }
      }
    }
  },
};
