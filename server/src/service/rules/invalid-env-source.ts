import { itemsOf } from '../model/containerFacts';
import { isPlainObject } from '../model/path';
import type { ObjectRule } from './types';

const VALUE_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'];
const ENV_FROM_SOURCES = ['configMapRef', 'secretRef'];
const list = (names: readonly string[]): string =>
  `${names.slice(0, -1).map((n) => `\`${n}\``).join(', ')} or \`${names[names.length - 1]}\``;

export const invalidEnvSource: ObjectRule = {
  meta: {
    id: 'invalid-env-source',
    severity: 'error',
    description: 'An env valueFrom (or envFrom entry) with no source, several sources, or a value as well.',
    docs: [
      'A variable takes its value from exactly one place: `value`, or one source under `valueFrom`',
      '(`fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef`, `fileKeyRef`). The API',
      'server rejects `valueFrom` with no source, with two, or beside a non-empty `value`',
      '(``may not be specified when `value` is not empty``). Each `envFrom` entry likewise names one',
      '`configMapRef` or one `secretRef`. Merged snippets (a sidecar\'s env pasted into another) are',
      'the usual cause.',
      '',
      'Wrong:',
      '```yaml',
      'env:',
      '  - name: DB_PASSWORD',
      '    value: changeme',
      '    valueFrom:',
      '      secretKeyRef: {name: db, key: password}',
      '```',
      'Right:',
      '```yaml',
      'env:',
      '  - name: DB_PASSWORD',
      '    valueFrom:',
      '      secretKeyRef: {name: db, key: password}',
      '```',
    ].join('\n'),
    source: 'validateEnvVarValueFrom and ValidateEnvFrom in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        for (const e of itemsOf(c.value, c.path, 'env')) {
          const from = e.value.valueFrom;
          if (!isPlainObject(from)) continue;
          const n = VALUE_SOURCES.filter((s) => from[s] !== undefined).length;
          const value = e.value.value;
          const detail =
            n === 0
              ? `must specify one of: ${list(VALUE_SOURCES)}`
              : typeof value === 'string' && value !== ''
                ? 'may not be specified when `value` is not empty'
                : n > 1
                  ? 'may not have more than one field specified at a time'
                  : undefined;
          if (detail) ctx.report({ path: [...e.path, 'valueFrom'], at: 'key', message: `Invalid value: "": ${detail}` });
        }
        for (const e of itemsOf(c.value, c.path, 'envFrom')) {
          const n = ENV_FROM_SOURCES.filter((s) => e.value[s] !== undefined).length;
          if (n === 1) continue;
          const detail = n === 0 ? `must specify one of: ${list(ENV_FROM_SOURCES)}` : 'may not have more than one field specified at a time';
          ctx.report({ path: e.path, message: `Invalid value: "": ${detail}` });
        }
      }
    }
  },
};
