import { describeContainer } from '../model/containerFacts';
import { isPlainObject } from '../model/path';
import { compareQuantities, parseQuantity } from '../util/quantity';
import type { ObjectRule } from './types';

/** IsOvercommitAllowed: native resources (no domain, or a kubernetes.io one) except hugepages. */
function overcommitAllowed(resource: string): boolean {
  const native = !resource.includes('/') || resource.includes('kubernetes.io/');
  return native && !resource.startsWith('hugepages-');
}

export const requestsExceedLimits: ObjectRule = {
  meta: {
    id: 'requests-exceed-limits',
    severity: 'error',
    description: 'A container resource request above its limit (or, for extended resources, different from it).',
    docs: [
      'The scheduler places a pod by the sum of its containers\' requests; the kubelet enforces each',
      'limit. A request above the limit cannot be honoured, so the API server rejects it:',
      '`spec.containers[1].resources.requests: Invalid value: "1": must be less than or equal to cpu',
      'limit of 500m`. Extended resources (GPUs, `example.com/foo`) and hugepages cannot be',
      'overcommitted: their request must equal the limit, and the limit must be set. A sidecar',
      'whose limits were lowered while its requests were copied from the main container is the',
      'usual cause.',
      '',
      'Wrong:',
      '```yaml',
      'resources:',
      '  requests: {cpu: "1", memory: 256Mi}',
      '  limits: {cpu: 500m, memory: 256Mi}',
      '```',
      'Right:',
      '```yaml',
      'resources:',
      '  requests: {cpu: 250m, memory: 256Mi}',
      '  limits: {cpu: 500m, memory: 256Mi}',
      '```',
    ].join('\n'),
    source: 'validateResourceRequirements in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const owners = [
        ...pod.containers.map((c) => ({ path: [...c.path, 'resources'], value: c.value.resources, who: describeContainer(c) })),
        { path: [...pod.path, 'resources'], value: pod.value.resources, who: 'the pod' },
      ];
      for (const { path, value, who } of owners) {
        if (!isPlainObject(value) || !isPlainObject(value.requests)) continue;
        const limits = isPlainObject(value.limits) ? value.limits : {};
        for (const [resource, raw] of Object.entries(value.requests)) {
          const limitRaw = limits[resource];
          if (limitRaw === undefined && !overcommitAllowed(resource)) {
            ctx.report({
              path: [...path, 'requests', resource],
              at: 'key',
              message: `Required value: Limit must be set for non overcommitable resources: set limits.${resource} equal to the request (${who})`,
            });
            continue;
          }
          if ((typeof raw !== 'string' && typeof raw !== 'number') || (typeof limitRaw !== 'string' && typeof limitRaw !== 'number')) continue;
          const request = parseQuantity(raw);
          const limit = parseQuantity(limitRaw);
          if (!request || !limit) continue; // invalid-quantity reports those
          const cmp = compareQuantities(request, limit);
          const must = !overcommitAllowed(resource) && cmp !== 0 ? 'equal to' : cmp > 0 ? 'less than or equal to' : undefined;
          if (!must) continue;
          ctx.report({
            path: [...path, 'requests', resource],
            at: 'value',
            message: `Invalid value: ${JSON.stringify(String(raw))}: must be ${must} ${resource} limit of ${limitRaw} (${who})`,
          });
        }
      }
    }
  },
};
