import { addScalarEntryAfter } from '../fixes/insert';
import type { Fix, ObjectRule } from './types';

const FIELDS = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export const initContainerProbe: ObjectRule = {
  meta: {
    id: 'init-container-probe',
    severity: 'error',
    description: 'Probes or lifecycle hooks on an init container that is not a native sidecar.',
    docs: [
      'An ordinary init container runs to completion before the next one starts, so there is nothing',
      'to probe and no lifecycle to hook: the API server rejects `livenessProbe`, `readinessProbe`,',
      '`startupProbe` and `lifecycle` on it (`Forbidden: may not be set for init containers without',
      'restartPolicy=Always`). A native sidecar (`restartPolicy: Always`) runs beside the app and may',
      'have them; its startupProbe even holds back the containers after it until it succeeds.',
      'A probe on an init container usually means it was meant to be a sidecar: the quick fix adds',
      '`restartPolicy: Always` (not applied by fix-all, since it changes when the pod starts).',
      '',
      'Wrong:',
      '```yaml',
      'initContainers:',
      '  - name: proxy',
      '    image: envoyproxy/envoy:v1.31.0',
      '    readinessProbe: {tcpSocket: {port: 9901}}',
      '```',
      'Right:',
      '```yaml',
      'initContainers:',
      '  - name: proxy',
      '    image: envoyproxy/envoy:v1.31.0',
      '    restartPolicy: Always',
      '    readinessProbe: {tcpSocket: {port: 9901}}',
      '```',
    ].join('\n'),
    source: 'validateInitContainers in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        // restartPolicy: Always asks for a sidecar: where the version has none, the restartPolicy
        // itself is reported (unknown-field, with the version that brought it), the probes follow.
        if (c.group !== 'initContainers' || c.value.restartPolicy === 'Always') continue;
        for (const field of FIELDS) {
          if (c.value[field] === undefined) continue;
          const fixes: Fix[] = [];
          const edit = c.value.restartPolicy === undefined ? addScalarEntryAfter(ctx.document, c.path, 'name', 'restartPolicy', 'Always') : undefined;
          if (edit) fixes.push({ title: 'Make it a native sidecar (restartPolicy: Always)', edits: [edit] });
          ctx.report({ path: [...c.path, field], at: 'key', message: `Forbidden: may not be set for init containers without restartPolicy=Always`, fixes });
        }
      }
    }
  },
};
