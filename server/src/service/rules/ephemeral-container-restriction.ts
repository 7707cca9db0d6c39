import { itemsOf } from '../model/containerFacts';
import type { ObjectRule } from './types';

/** Fields of EphemeralContainerCommon that allowedEphemeralContainerFields does not allow. */
const FORBIDDEN = ['ports', 'resources', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'resizePolicy', 'restartPolicy', 'restartPolicyRules'];
const MESSAGE = 'Forbidden: cannot be set for an Ephemeral Container';

export const ephemeralContainerRestriction: ObjectRule = {
  meta: {
    id: 'ephemeral-container-restriction',
    severity: 'error',
    description: 'An ephemeral container with fields it may not have, a targetContainerName that does not exist, or one in a pod template.',
    docs: [
      'Ephemeral containers are added to a running pod for debugging (`kubectl debug`). They are not',
      'part of the workload, so the API server forbids what would make them so: `ports`, `resources`,',
      'probes, `lifecycle`, `resizePolicy`, `restartPolicy` and volume mount `subPath`s',
      '(`Forbidden: cannot be set for an Ephemeral Container`). `targetContainerName` must name an',
      'init or regular container of the pod (`Not found`), and pod templates may not have ephemeral',
      'containers at all (`Forbidden: ephemeral containers not allowed in pod template`).',
      '',
      'Wrong:',
      '```yaml',
      'ephemeralContainers:',
      '  - name: debugger',
      '    image: busybox:1.36',
      '    targetContainerName: ap',
      '    ports: [{containerPort: 8080}]',
      '```',
      'Right:',
      '```yaml',
      'ephemeralContainers:',
      '  - name: debugger',
      '    image: busybox:1.36',
      '    targetContainerName: app',
      '```',
    ].join('\n'),
    source: 'validateEphemeralContainers and ValidatePodTemplateSpec in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const list = pod.value.ephemeralContainers;
      if (pod.isTemplate && Array.isArray(list) && list.length) {
        ctx.report({ path: [...pod.path, 'ephemeralContainers'], at: 'key', message: 'Forbidden: ephemeral containers not allowed in pod template' });
      }
      const targets = new Set(pod.containers.filter((c) => c.group !== 'ephemeralContainers').map((c) => c.name));
      for (const c of pod.containers) {
        if (c.group !== 'ephemeralContainers') continue;
        for (const field of FORBIDDEN) if (c.value[field] !== undefined) ctx.report({ path: [...c.path, field], at: 'key', message: MESSAGE });
        for (const m of itemsOf(c.value, c.path, 'volumeMounts')) {
          for (const field of ['subPath', 'subPathExpr']) {
            if (typeof m.value[field] === 'string' && m.value[field] !== '') ctx.report({ path: [...m.path, field], at: 'key', message: MESSAGE });
          }
        }
        const target = c.value.targetContainerName;
        if (typeof target === 'string' && target !== '' && !targets.has(target)) {
          ctx.report({
            path: [...c.path, 'targetContainerName'],
            at: 'value',
            message: `Not found: ${JSON.stringify(target)}: targetContainerName must name an init or regular container of the pod`,
          });
        }
      }
    }
  },
};
