import { itemsOf, describeContainer } from '../model/containerFacts';
import { versionAtLeast } from '../util/kubernetesVersion';
import type { ObjectRule } from './types';

const STRICT = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const STRICT_MESSAGE =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";
const RELAXED = /^[\x20-\x3c\x3e-\x7e]+$/;
const RELAXED_MESSAGE = "a valid environment variable name must consist only of printable ASCII characters other than '='";

export const invalidEnvName: ObjectRule = {
  meta: {
    id: 'invalid-env-name',
    severity: 'error',
    description: 'An environment variable name (or envFrom prefix) the API server rejects.',
    docs: [
      'Since Kubernetes 1.32 (RelaxedEnvironmentVariableValidation, on by default) a name may be any',
      'printable ASCII text without `=`; before, only letters, digits, `_`, `-` and `.`, not starting',
      'with a digit. `A=B` is rejected by every version (the process would see a variable `A` with the',
      'value `B=...`); `1ST_RUN` or `MY VAR` only by older ones. The same applies to an `envFrom`',
      "`prefix`, which is put in front of every key. The check follows the file's Kubernetes version.",
      '',
      'Wrong:',
      '```yaml',
      'env:',
      '  - name: JAVA_OPTS=-Xmx512m',
      '```',
      'Right:',
      '```yaml',
      'env:',
      '  - name: JAVA_OPTS',
      '    value: -Xmx512m',
      '```',
    ].join('\n'),
    source: 'validateEnv and validateEnvFrom in pkg/apis/core/validation/validation.go (IsEnvVarName, IsRelaxedEnvVarName)',
    scope: 'workload',
  },
  check(ctx) {
    const relaxed = versionAtLeast(ctx.kubernetesVersion, '1.32');
    const [pattern, rule] = relaxed ? [RELAXED, RELAXED_MESSAGE] : [STRICT, STRICT_MESSAGE];
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        for (const [list, field] of [['env', 'name'], ['envFrom', 'prefix']] as const) {
          for (const { path, value } of itemsOf(c.value, c.path, list)) {
            const name = value[field];
            if (typeof name !== 'string' || name === '' || pattern.test(name)) continue;
            const hint = name.includes('=') ? '; put what follows "=" in value' : relaxed ? '' : `; Kubernetes 1.32 and later accept it`;
            ctx.report({ path: [...path, field], at: 'value', message: `Invalid value: ${JSON.stringify(name)}: ${rule} (${describeContainer(c)})${list === 'env' ? hint : ''}` });
          }
        }
      }
    }
  },
};
