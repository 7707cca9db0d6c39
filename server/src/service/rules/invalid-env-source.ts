import { itemsOf } from '../model/containerFacts';
import { isPlainObject, Path } from '../model/path';
import type { ObjectRule } from './types';

/** In the order the API server's message lists them. */
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
      '(`fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef`, and from 1.34 `fileKeyRef`). The API',
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
    // The sources come from the version's schema: a field the version lacks (`fileKeyRef` before
    // 1.34) is no source there, neither counted nor offered in the message.
    let sources: string[] | undefined;
    const sourcesAt = (path: Path): string[] => {
      if (sources) return sources;
      const known = ctx.schema.schemaAt(ctx.object.apiVersion, ctx.object.kind, path)?.schema.properties ?? {};
      return (sources = VALUE_SOURCES.filter((s) => Object.hasOwn(known, s)));
    };
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        for (const e of itemsOf(c.value, c.path, 'env')) {
          const from = e.value.valueFrom;
          if (!isPlainObject(from)) continue;
          const valueSources = sourcesAt([...e.path, 'valueFrom']);
          if (!valueSources.length) continue;
          const n = valueSources.filter((s) => from[s] !== undefined).length;
          // A source this version lacks is the one mistake: unknown-field says which version has it.
          if (n === 0 && VALUE_SOURCES.some((s) => from[s] !== undefined)) continue;
          const value = e.value.value;
          const detail =
            n === 0
              ? `must specify one of: ${list(valueSources)}`
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
