import { changeValue } from './changeValue';
import { restartPolicySupport } from '../model/containerRestart';
import { describeContainer } from '../model/containerFacts';
import { closestMatch } from '../util/textDistance';
import type { ObjectRule } from './types';

export const containerRestartPolicy: ObjectRule = {
  meta: {
    id: 'container-restart-policy',
    severity: 'error',
    description: 'A container restartPolicy the Kubernetes version does not accept there.',
    docs: [
      'On an init container, `restartPolicy: Always` makes a native sidecar: it starts before the',
      'regular containers (in the order listed, after the init containers above it) and keeps running',
      'beside them until they finish, which is what log shippers, proxies and agents need (1.29 and',
      'newer). Other values are rejected (`Unsupported value: "OnFailure": supported values: "Always"`)',
      'until per-container restart rules (on by default from 1.35) accept `Always`, `OnFailure` and',
      '`Never` on every container. Before 1.35 regular containers may not set it at all:',
      '`Forbidden: may not be set for non-init containers`; declare such a helper as a native sidecar.',
      'The values are case-sensitive.',
      '',
      'Wrong:',
      '```yaml',
      'initContainers:',
      '  - name: log-shipper',
      '    image: fluent/fluent-bit:3.1',
      '    restartPolicy: always',
      '```',
      'Right:',
      '```yaml',
      'initContainers:',
      '  - name: log-shipper',
      '    image: fluent/fluent-bit:3.1',
      '    restartPolicy: Always',
      '```',
    ].join('\n'),
    source: 'validateInitContainerRestartPolicy and validateContainers in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    const support = restartPolicySupport(ctx.schema.version);
    // Before native sidecars the Container schema has no restartPolicy at all, so unknown-field
    // already reports it (with the version that brought it); a second finding would say the same.
    if (!support.init.length) return;
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        const value = c.value.restartPolicy;
        // Ephemeral containers may not set it at all: ephemeral-container-restriction says so.
        if (value === undefined || c.group === 'ephemeralContainers') continue;
        const path = [...c.path, 'restartPolicy'];
        const allowed = c.group === 'initContainers' ? support.init : support.regular;
        if (!allowed.length) {
          const message =
            c.group === 'initContainers'
              ? `Forbidden: restartPolicy may not be set for init containers in Kubernetes ${ctx.schema.version} (native sidecars need 1.29 or newer)`
              : `Forbidden: may not be set for non-init containers; to keep a helper running beside the app, declare it in initContainers with restartPolicy: Always (a native sidecar)`;
          ctx.report({ path, at: 'key', message });
          continue;
        }
        if (typeof value !== 'string' || allowed.includes(value)) continue;
        const suggestion = closestMatch(value, allowed);
        const fixes = suggestion ? changeValue(ctx.document, path, suggestion.value, { preferred: true, safe: suggestion.caseOnly }) : [];
        ctx.report({
          path,
          at: 'value',
          message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed.map((v) => JSON.stringify(v)).join(', ')} (${describeContainer(c)})`,
          fixes,
        });
      }
    }
  },
};
