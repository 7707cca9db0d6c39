import { changeValue } from './changeValue';
import { handlerPortsOf, portsOf } from '../model/containerFacts';
import type { Path } from '../model/path';
import { portNameErrors } from '../util/portNames';
import type { ObjectRule, ObjectRuleContext } from './types';

function check(ctx: ObjectRuleContext, path: Path, name: string, what: string): void {
  const errs = portNameErrors(name);
  if (!errs.length) return;
  const lower = name.toLowerCase();
  // Not safe for fix-all: services and probes may refer to the old name.
  const fixes = lower !== name && !portNameErrors(lower).length ? changeValue(ctx.document, path, lower) : [];
  ctx.report({ path, at: 'value', message: `Invalid value ${JSON.stringify(name)} for ${what}: ${errs.join(', ')}`, fixes });
}

export const invalidPortName: ObjectRule = {
  meta: {
    id: 'invalid-port-name',
    severity: 'error',
    description: 'A port name (or a probe port given by name) that is not an IANA service name.',
    docs: [
      'Port names are IANA service names: at most 15 characters, lowercase `a-z`, `0-9` and `-`, at',
      'least one letter, no `--`, no leading or trailing `-`. Services (`targetPort`), probes and',
      'lifecycle hooks refer to ports by these names, so a pod with a sidecar that exposes',
      '`metrics-endpoint` (16 characters) is rejected:',
      '`spec.containers[1].ports[0].name: Invalid value: "metrics-endpoint": must be no more than 15 characters`.',
      'A probe or hook `port` written as a string is checked the same way.',
      '',
      'Wrong:',
      '```yaml',
      'ports:',
      '  - name: Metrics_Port',
      '    containerPort: 9090',
      '```',
      'Right:',
      '```yaml',
      'ports:',
      '  - name: metrics',
      '    containerPort: 9090',
      '```',
    ].join('\n'),
    source: 'validateContainerPorts and ValidatePortNumOrName in pkg/apis/core/validation/validation.go (IsValidPortName)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        for (const p of portsOf(c)) if (p.name !== undefined) check(ctx, [...p.path, 'name'], p.name, 'the port name');
        for (const h of handlerPortsOf(c)) if (typeof h.value === 'string') check(ctx, h.path, h.value, `${h.where}.port`);
      }
    }
  },
};
