import { handlerPortsOf, itemsOf } from '../model/containerFacts';
import type { Path } from '../model/path';
import type { ObjectRule } from './types';

const RANGE = 'must be between 1 and 65535, inclusive';
const inRange = (n: number): boolean => n >= 1 && n <= 65535;

export const invalidPortNumber: ObjectRule = {
  meta: {
    id: 'invalid-port-number',
    severity: 'error',
    description: 'A port number outside 1-65535: containerPort, hostPort, or the port of a probe or lifecycle handler.',
    docs: [
      'Ports are 16-bit numbers: the schema only says "integer", the API server checks the range.',
      '`containerPort` must be 1-65535 (`0` counts as missing: `Required value`); `hostPort` may be',
      '`0` (no host port) or 1-65535; a probe\'s or hook\'s numeric `httpGet.port`, `tcpSocket.port` or',
      '`grpc.port` must be 1-65535: `Invalid value: 70000: must be between 1 and 65535, inclusive`.',
      'A number out of range usually is a typo, or a port pasted from another field.',
      '',
      'Wrong:',
      '```yaml',
      'ports:',
      '  - containerPort: 80800',
      '```',
      'Right:',
      '```yaml',
      'ports:',
      '  - containerPort: 8080',
      '```',
    ].join('\n'),
    source: 'validateContainerPorts, validatePortNumOrName and validateProbe in pkg/apis/core/validation/validation.go (IsValidPortNum)',
    scope: 'workload',
  },
  check(ctx) {
    const outOfRange = (path: Path, value: number) => ctx.report({ path, at: 'value', message: `Invalid value: ${value}: ${RANGE}` });
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        for (const { path, value } of itemsOf(c.value, c.path, 'ports')) {
          const { containerPort, hostPort } = value;
          if (containerPort === 0) {
            ctx.report({ path: [...path, 'containerPort'], at: 'value', message: 'Required value: containerPort 0 is no port; give the number the container listens on (1-65535)' });
          } else if (Number.isInteger(containerPort) && !inRange(containerPort as number)) outOfRange([...path, 'containerPort'], containerPort as number);
          if (Number.isInteger(hostPort) && hostPort !== 0 && !inRange(hostPort as number)) outOfRange([...path, 'hostPort'], hostPort as number);
        }
        for (const h of handlerPortsOf(c)) {
          if (typeof h.value === 'number' && Number.isInteger(h.value) && !inRange(h.value)) outOfRange(h.path, h.value);
        }
      }
    }
  },
};
