import { changeValue } from './changeValue';
import { insertField } from '../fixes/edits';
import { templateRestartPolicies } from '../model/workloadKinds';
import type { Fix, ObjectRule } from './types';

const POLICIES = new Set(['Always', 'OnFailure', 'Never']);

export const workloadRestartPolicy: ObjectRule = {
  meta: {
    id: 'workload-restart-policy',
    severity: 'error',
    description: 'A pod template restartPolicy its owner rejects: Always for Deployments and the like, OnFailure or Never for Jobs and CronJobs.',
    docs: [
      'A pod template runs under a controller that decides what a finished pod means. A Deployment,',
      'ReplicaSet, StatefulSet, DaemonSet or ReplicationController keeps its pods running, so their',
      'template must say `restartPolicy: Always` (the default):',
      '`spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"`.',
      'A Job (and a CronJob\'s job template) runs pods to completion, so the template must say',
      '`OnFailure` (the kubelet restarts a failed container in place) or `Never` (the Job creates a new',
      'pod); leaving it out is the classic Job mistake, since the pod default `Always` is not accepted:',
      '`spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"`. With a',
      '`podFailurePolicy`, only `Never` is accepted. Values the schema rejects outright (`always`) are',
      'reported by unsupported-value.',
      '',
      'Wrong:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  template:',
      '    spec:',
      '      containers: [{name: migrate, image: app:1.4}]',
      '```',
      'Right:',
      '```yaml',
      'kind: Job',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers: [{name: migrate, image: app:1.4}]',
      '```',
    ].join('\n'),
    source: 'validateJobSpec in pkg/apis/batch/validation/validation.go; ValidateDeploymentSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec in pkg/apis/apps/validation; ValidatePodTemplateSpecForRC in pkg/apis/core/validation',
    scope: 'workload',
  },
  check(ctx) {
    const kind = ctx.object.kind;
    const allowed = templateRestartPolicies(kind, ctx.object.value);
    if (!allowed) return;
    for (const pod of ctx.podSpecs) {
      const value = pod.value.restartPolicy;
      if (value !== undefined && (typeof value !== 'string' || !POLICIES.has(value))) continue;
      const path = [...pod.path, 'restartPolicy'];
      if (allowed.includes('Always')) {
        if (value === undefined || value === 'Always') continue;
        ctx.report({
          path,
          at: 'value',
          message: `Unsupported value: ${JSON.stringify(value)}: supported values: "Always" (a ${kind} keeps its pods running; for a task that ends, use a Job)`,
          fixes: changeValue(ctx.document, path, 'Always', { preferred: true }),
        });
        continue;
      }
      // A Job's podFailurePolicy decides per failed pod, so the pod may not restart in place.
      if (value !== undefined && allowed.includes(value)) continue;
      const fixes: Fix[] = allowed.flatMap((choice) => {
        if (value !== undefined) return changeValue(ctx.document, path, choice);
        const edit = insertField(ctx.document, pod.path, 'restartPolicy', choice);
        return edit ? [{ title: `Add restartPolicy: ${choice}`, edits: [edit] }] : [];
      });
      const supported = allowed.map((v) => JSON.stringify(v)).join(', ');
      if (value === undefined) {
        ctx.report({ path: pod.path, at: 'key', message: `Required value: restartPolicy, valid values: ${supported} (the pod default "Always" is not accepted in a ${kind})`, fixes });
      } else if (value === 'OnFailure') {
        ctx.report({ path, at: 'value', message: `Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified`, fixes });
      } else {
        ctx.report({ path, at: 'value', message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${supported} (a ${kind}'s pods run to completion)`, fixes });
      }
    }
  },
};
