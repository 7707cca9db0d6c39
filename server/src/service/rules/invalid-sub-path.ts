import { itemsOf } from '../model/containerFacts';
import type { ObjectRule } from './types';

/** validateLocalDescendingPath: relative, without `..` elements. */
function pathErrors(p: string): string[] {
  const errs: string[] = [];
  if (p.startsWith('/')) errs.push('must be a relative path');
  if (p.split('/').includes('..')) errs.push("must not contain '..'");
  return errs;
}

export const invalidSubPath: ObjectRule = {
  meta: {
    id: 'invalid-sub-path',
    severity: 'error',
    description: "A volumeMount subPath that is absolute or contains '..', or set together with subPathExpr.",
    docs: [
      '`subPath` mounts one entry of a volume; it is a path inside the volume, so it must be relative',
      "and stay inside it (`must be a relative path`, `must not contain '..'`). `subPath` and",
      '`subPathExpr` (the same with `$(VAR)` expansion) are mutually exclusive. Sidecars that share a',
      'volume with the main container often use subPath to see only their part of it.',
      '',
      'Wrong:',
      '```yaml',
      'volumeMounts:',
      '  - {name: data, mountPath: /var/lib/app, subPath: /app}',
      '```',
      'Right:',
      '```yaml',
      'volumeMounts:',
      '  - {name: data, mountPath: /var/lib/app, subPath: app}',
      '```',
    ].join('\n'),
    source: 'ValidateVolumeMounts and validateLocalDescendingPath in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        for (const m of itemsOf(c.value, c.path, 'volumeMounts')) {
          const { subPath, subPathExpr } = m.value;
          for (const [field, value] of [['subPath', subPath], ['subPathExpr', subPathExpr]] as const) {
            if (typeof value !== 'string' || value === '') continue;
            for (const e of pathErrors(value)) {
              ctx.report({ path: [...m.path, field], at: 'value', message: `Invalid value: ${JSON.stringify(value)}: ${e}` });
            }
          }
          if (typeof subPath === 'string' && subPath !== '' && typeof subPathExpr === 'string' && subPathExpr !== '') {
            ctx.report({
              path: [...m.path, 'subPathExpr'],
              at: 'key',
              message: `Invalid value: ${JSON.stringify(subPathExpr)}: subPathExpr and subPath are mutually exclusive`,
            });
          }
        }
      }
    }
  },
};
