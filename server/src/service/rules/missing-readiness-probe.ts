import { describeContainer, portsOf } from '../model/containerFacts';
import { isLongRunning } from '../model/containerRestart';
import type { ObjectRule } from './types';

/** Batch workloads run to completion; nothing routes traffic to them by readiness. */
const BATCH_KINDS = new Set(['Job', 'CronJob']);

export const missingReadinessProbe: ObjectRule = {
  meta: {
    id: 'missing-readiness-probe',
    severity: 'information',
    description: 'A container that declares ports but has no readinessProbe.',
    docs: [
      'A pod counts as ready, and Services send it traffic, when all its long-running containers',
      '(regular containers and native sidecars) are ready. Without a readinessProbe a container is',
      'ready as soon as it starts, before it listens: requests during start-up and rollouts fail.',
      'A container that declares `ports` serves something, so it should say when it can. Jobs and',
      'CronJobs are not reported, nor init containers that run to completion.',
      '',
      'Wrong:',
      '```yaml',
      '- name: app',
      '  ports: [{name: http, containerPort: 8080}]',
      '```',
      'Right:',
      '```yaml',
      '- name: app',
      '  ports: [{name: http, containerPort: 8080}]',
      '  readinessProbe:',
      '    httpGet: {path: /healthz, port: http}',
      '```',
    ].join('\n'),
    source: 'best practice (pod readiness: pkg/kubelet/status generatePodReadyCondition)',
    scope: 'workload',
  },
  check(ctx) {
    if (BATCH_KINDS.has(ctx.object.kind)) return;
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        if (!isLongRunning(c, ctx.schema.version) || c.value.readinessProbe !== undefined) continue;
        if (!portsOf(c).some((p) => p.containerPort !== undefined)) continue;
        ctx.report({
          path: [...c.path, 'ports'],
          at: 'key',
          message: `${describeContainer(c)} declares ports but no readinessProbe: it receives traffic as soon as it starts, before it is ready to serve`,
        });
      }
    }
  },
};
