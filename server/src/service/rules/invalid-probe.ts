import { describeContainer } from '../model/containerFacts';
import { isPlainObject, Path } from '../model/path';
import type { ContainerModel } from '../model/podModel';
import type { ObjectRule, ObjectRuleContext } from './types';

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
const COUNTS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

export const invalidProbe: ObjectRule = {
  meta: {
    id: 'invalid-probe',
    severity: 'error',
    description: 'A probe or lifecycle hook without exactly one handler, or with a threshold or period the API server rejects.',
    docs: [
      'A probe (and a `postStart`/`preStop` hook) does one thing: run a command (`exec`), send an',
      '`httpGet`, open a `tcpSocket`, call `grpc` (probes) or `sleep` (hooks). None at all is',
      '`Required value: must specify a handler type`; two are `Forbidden: may not specify more than 1',
      'handler type` — the usual cause is a `kubectl apply` or Helm upgrade that merged a new handler',
      'into a probe that had another one. A liveness or startup probe counts one success as enough:',
      '`successThreshold` must be 1 there. Periods, timeouts and thresholds may not be negative.',
      'Probes on plain init containers and on ephemeral containers are reported by',
      'init-container-probe and ephemeral-container-restriction instead.',
      '',
      'Wrong:',
      '```yaml',
      'livenessProbe:',
      '  exec: {command: [cat, /tmp/healthy]}',
      '  tcpSocket: {port: 8080}',
      '  successThreshold: 3',
      '```',
      'Right:',
      '```yaml',
      'livenessProbe:',
      '  tcpSocket: {port: 8080}',
      '```',
    ].join('\n'),
    source: 'validateProbe, validateHandler, validateLifecycle and validateContainers (liveness/startup successThreshold) in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        // Plain init containers may not have probes at all, ephemeral ones neither: other rules say so.
        if (c.group === 'ephemeralContainers' || (c.group === 'initContainers' && c.value.restartPolicy !== 'Always')) continue;
        for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
          const value = c.value[probe];
          if (!isPlainObject(value)) continue;
          const path = [...c.path, probe];
          checkHandlers(ctx, c, path, value, PROBE_HANDLERS, probe);
          for (const field of COUNTS) {
            const n = value[field];
            if (typeof n === 'number' && n < 0) ctx.report({ path: [...path, field], at: 'value', message: `Invalid value: ${n}: must be greater than or equal to 0` });
          }
          const success = value.successThreshold;
          if (probe !== 'readinessProbe' && typeof success === 'number' && success > 1) {
            ctx.report({ path: [...path, 'successThreshold'], at: 'value', message: `Invalid value: ${success}: must be 1 (a ${probe} counts one success as enough)` });
          }
        }
        const lifecycle = c.value.lifecycle;
        if (!isPlainObject(lifecycle)) continue;
        for (const hook of ['postStart', 'preStop']) {
          const value = lifecycle[hook];
          if (isPlainObject(value)) checkHandlers(ctx, c, [...c.path, 'lifecycle', hook], value, HOOK_HANDLERS, `${hook} hook`);
        }
      }
    }
  },
};

function checkHandlers(ctx: ObjectRuleContext, c: ContainerModel, path: Path, value: Record<string, unknown>, handlers: readonly string[], what: string): void {
  const given = handlers.filter((h) => value[h] !== undefined && value[h] !== null);
  if (given.length === 0) {
    ctx.report({ path, at: 'key', message: `Required value: must specify a handler type: the ${what} of ${describeContainer(c)} needs one of ${handlers.join(', ')}` });
    return;
  }
  for (const extra of given.slice(1)) {
    ctx.report({ path: [...path, extra], at: 'key', message: `Forbidden: may not specify more than 1 handler type (${given[0]} is given too); keep the one you mean` });
  }
}
