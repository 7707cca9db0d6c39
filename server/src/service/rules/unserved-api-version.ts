import { replaceScalar } from '../fixes/edits';
import { REMOVED_API_VERSIONS } from '../model/workloadKinds';
import type { Fix, ObjectRule } from './types';

export const unservedApiVersion: ObjectRule = {
  meta: {
    id: 'unserved-api-version',
    severity: 'error',
    description: 'apiVersion and kind of a pod-bearing object that the API server does not serve together.',
    docs: [
      'Workload kinds moved between API groups over the years: Deployments, DaemonSets and ReplicaSets',
      'left `extensions/v1beta1` and `apps/v1beta1/2` (removed in 1.16), CronJobs left `batch/v1beta1`',
      '(removed in 1.25). Old examples still carry those versions, and kubectl fails with',
      '`no matches for kind "DaemonSet" in version "extensions/v1beta1"`. Kinds are case-sensitive too.',
      '',
      'podlint checks the kinds that carry pods; other kinds (Services, ConfigMaps, custom resources)',
      'are left alone. Moving to the served version can need more than the apiVersion line: `apps/v1`',
      'requires `spec.selector`, for example, which podlint then reports.',
      '',
      'Wrong:',
      '```yaml',
      'apiVersion: extensions/v1beta1',
      'kind: DaemonSet',
      '```',
      'Right:',
      '```yaml',
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      '```',
    ].join('\n'),
    source: 'kubectl RESTMapper ("no matches for kind"); kubernetes.io/docs/reference/using-api/deprecation-guide',
    scope: 'object',
  },
  check(ctx) {
    const { apiVersion, kind } = ctx.object;
    if (ctx.schema.kindDefinition(apiVersion, kind)) return;
    const kinds = ctx.schema.kinds();
    const sameKind = kinds.find((k) => k.kind === kind);
    const noMatch = `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}`;
    if (sameKind) {
      const removed = REMOVED_API_VERSIONS[apiVersion];
      const why = removed?.kinds.includes(kind) ? `: ${apiVersion} ${kind} was removed in Kubernetes ${removed.removedIn}` : '';
      const edit = replaceScalar(ctx.document, ['apiVersion'], sameKind.apiVersion);
      const fixes: Fix[] = edit ? [{ title: `Change apiVersion to "${sameKind.apiVersion}"`, edits: [edit], isPreferred: true }] : [];
      ctx.report({ path: ['apiVersion'], at: 'value', message: `${noMatch}${why}; use apiVersion ${JSON.stringify(sameKind.apiVersion)}`, fixes });
      return;
    }
    const byCase = kinds.find((k) => k.kind.toLowerCase() === kind.toLowerCase());
    if (byCase) {
      const edit = replaceScalar(ctx.document, ['kind'], byCase.kind);
      const sure = byCase.apiVersion === apiVersion;
      const fixes: Fix[] = edit ? [{ title: `Change kind to "${byCase.kind}"`, edits: [edit], isPreferred: sure, safe: sure }] : [];
      ctx.report({ path: ['kind'], at: 'value', message: `${noMatch}; kinds are case-sensitive: did you mean ${JSON.stringify(byCase.kind)}?`, fixes });
    }
  },
};
