import { describeContainer } from '../model/containerFacts';
import { isPlainObject } from '../model/path';
import type { ObjectRule } from './types';

const hasEntries = (v: unknown): boolean => isPlainObject(v) && Object.keys(v).length > 0;

export const missingResources: ObjectRule = {
  meta: {
    id: 'missing-resources',
    severity: 'information',
    description: 'A container with neither resource requests nor limits.',
    docs: [
      'Without requests the scheduler counts a container as free, so the node can be overcommitted',
      'and the pod is the first evicted under pressure (BestEffort); without limits one container',
      'can starve its neighbours, and in a multi-container pod those neighbours are its own',
      'sidecars. Set at least `requests` for cpu and memory (limits default requests, not the',
      'other way round). Pod-level `spec.resources` counts too. Ephemeral containers may not set',
      'resources and are not reported.',
      '',
      'Wrong:',
      '```yaml',
      '- name: app',
      '  image: nginx:1.27',
      '```',
      'Right:',
      '```yaml',
      '- name: app',
      '  image: nginx:1.27',
      '  resources:',
      '    requests: {cpu: 100m, memory: 128Mi}',
      '    limits: {memory: 128Mi}',
      '```',
    ].join('\n'),
    source: 'best practice (QoS classes: pkg/apis/core/helper/qos ComputePodQOS)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const podResources = pod.value.resources;
      if (isPlainObject(podResources) && (hasEntries(podResources.requests) || hasEntries(podResources.limits))) continue;
      for (const c of pod.containers) {
        if (c.group === 'ephemeralContainers') continue;
        const r = c.value.resources;
        if (isPlainObject(r) && (hasEntries(r.requests) || hasEntries(r.limits))) continue;
        ctx.report({
          path: r === undefined ? c.path : [...c.path, 'resources'],
          at: r === undefined ? 'anchor' : 'key',
          message: `${describeContainer(c)} sets no resource requests or limits: the scheduler cannot account for it and it is evicted first under node pressure`,
        });
      }
    }
  },
};
