import { changeValue } from './changeValue';
import { describeContainer, itemsOf, volumesOf } from '../model/containerFacts';
import { isPlainObject, Path } from '../model/path';
import { closestMatch } from '../util/textDistance';
import type { ObjectRule, ObjectRuleContext } from './types';

function report(ctx: ObjectRuleContext, path: Path, name: string, names: readonly string[], where: string): void {
  const suggestion = closestMatch(name, names);
  const fixes = suggestion ? changeValue(ctx.document, path, suggestion.value, { preferred: suggestion.unique }) : [];
  const hint = suggestion ? `; did you mean ${JSON.stringify(suggestion.value)}?` : ` (containers: ${names.map((n) => JSON.stringify(n)).join(', ')})`;
  ctx.report({ path, at: 'value', message: `resourceFieldRef.containerName ${JSON.stringify(name)} names no container of this pod: ${where}${hint}`, fixes });
}

export const unknownContainerReference: ObjectRule = {
  meta: {
    id: 'unknown-container-reference',
    severity: 'warning',
    description: 'A resourceFieldRef (env or downwardAPI volume) naming a container the pod does not have.',
    docs: [
      '`resourceFieldRef` exposes a container\'s requests or limits through the downward API, in an',
      'environment variable or a `downwardAPI` volume file; `containerName` says whose. The API',
      'server does not check that the container exists: the kubelet fails at run time, so the',
      'container that reads the variable never starts (CreateContainerConfigError), or the volume',
      'cannot be set up. It happens when a sidecar reads the main container\'s limits and one of',
      'the two is renamed. (`fieldRef` names no container: it reads pod fields.)',
      '',
      'Wrong:',
      '```yaml',
      'env:',
      '  - name: APP_MEMORY_LIMIT',
      '    valueFrom:',
      '      resourceFieldRef: {containerName: ap, resource: limits.memory}',
      '```',
      'Right:',
      '```yaml',
      '      resourceFieldRef: {containerName: app, resource: limits.memory}',
      '```',
    ].join('\n'),
    source: 'kubelet containerResourceRuntimeValue / ExtractResourceValueByContainerName ("cannot find container with name ...")',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const names = pod.containers.flatMap((c) => (c.name ? [c.name] : []));
      const known = new Set(names);
      for (const c of pod.containers) {
        for (const e of itemsOf(c.value, c.path, 'env')) {
          const ref = isPlainObject(e.value.valueFrom) ? e.value.valueFrom.resourceFieldRef : undefined;
          const name = isPlainObject(ref) ? ref.containerName : undefined;
          if (typeof name !== 'string' || name === '' || known.has(name)) continue;
          report(ctx, [...e.path, 'valueFrom', 'resourceFieldRef', 'containerName'], name, names, `${describeContainer(c)} cannot start`);
        }
      }
      for (const v of volumesOf(pod)) {
        const files: { path: Path; value: Record<string, unknown> }[] = [];
        if (isPlainObject(v.value.downwardAPI)) files.push(...itemsOf(v.value.downwardAPI, [...v.path, 'downwardAPI'], 'items'));
        if (isPlainObject(v.value.projected)) {
          for (const s of itemsOf(v.value.projected, [...v.path, 'projected'], 'sources')) {
            if (isPlainObject(s.value.downwardAPI)) files.push(...itemsOf(s.value.downwardAPI, [...s.path, 'downwardAPI'], 'items'));
          }
        }
        for (const f of files) {
          const ref = f.value.resourceFieldRef;
          const name = isPlainObject(ref) ? ref.containerName : undefined;
          if (typeof name !== 'string' || name === '' || known.has(name)) continue;
          report(ctx, [...f.path, 'resourceFieldRef', 'containerName'], name, names, `volume ${JSON.stringify(v.name)} cannot be set up`);
        }
      }
    }
  },
};
