import { replaceScalar } from '../fixes/edits';
import { podFlag, portsOf } from '../model/containerFacts';
import type { Fix, ObjectRule } from './types';

export const hostNetworkPortMismatch: ObjectRule = {
  meta: {
    id: 'host-network-port-mismatch',
    severity: 'error',
    description: 'With hostNetwork: true, a hostPort that differs from its containerPort.',
    docs: [
      'A pod with `hostNetwork: true` uses the node\'s network namespace: a container listening on',
      '`containerPort` listens on the node at that very port, so there is no mapping to another',
      '`hostPort`. The API server rejects ``spec.containers[0].ports[0].hostPort: Invalid value: 8081:',
      'must match `containerPort` when `hostNetwork` is true``. Leaving `hostPort` out is fine.',
      'The quick fix (also applied by fix-all) sets hostPort to the containerPort.',
      '',
      'Wrong:',
      '```yaml',
      'hostNetwork: true',
      'containers:',
      '  - name: agent',
      '    ports: [{containerPort: 9100, hostPort: 19100}]',
      '```',
      'Right:',
      '```yaml',
      'hostNetwork: true',
      'containers:',
      '  - name: agent',
      '    ports: [{containerPort: 9100}]',
      '```',
    ].join('\n'),
    source: 'validatePodHostNetworkDeps in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      if (!podFlag(pod, 'hostNetwork')) continue;
      // The API server checks regular containers only; an unset hostPort is defaulted to containerPort.
      for (const c of pod.containers) {
        if (c.group !== 'containers') continue;
        for (const p of portsOf(c)) {
          if (p.hostPort === undefined || p.containerPort === undefined || p.hostPort === p.containerPort) continue;
          const path = [...p.path, 'hostPort'];
          // Which of the two numbers is meant is the user's call: both are offered, neither applied by --fix.
          const fixes: Fix[] = [];
          const toHost = replaceScalar(ctx.document, path, String(p.containerPort));
          if (toHost) fixes.push({ title: `Set hostPort to ${p.containerPort}`, edits: [toHost] });
          const toContainer = replaceScalar(ctx.document, [...p.path, 'containerPort'], String(p.hostPort));
          if (toContainer) fixes.push({ title: `Set containerPort to ${p.hostPort}`, edits: [toContainer] });
          ctx.report({ path, at: 'value', message: `Invalid value: ${p.hostPort}: must match \`containerPort\` (${p.containerPort}) when \`hostNetwork\` is true`, fixes });
        }
      }
    }
  },
};
