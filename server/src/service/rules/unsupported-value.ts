import { changeValue } from './changeValue';
import { valueAt } from '../model/path';
import { closestMatch } from '../util/textDistance';
import { fieldName, schemaErrors } from './schemaErrors';
import type { ObjectRule } from './types';

export const unsupportedValue: ObjectRule = {
  meta: {
    id: 'unsupported-value',
    severity: 'error',
    description: 'A value outside the fixed set a field accepts (enum values are case-sensitive).',
    docs: [
      'Fields such as `restartPolicy`, `imagePullPolicy`, `protocol` or `dnsPolicy` accept a fixed set',
      'of values, spelt exactly: the API server answers',
      '`Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"`.',
      'The quick fix replaces the value with the supported one it matches (by case, or by a small typo).',
      '',
      'Wrong:',
      '```yaml',
      'restartPolicy: always',
      'ports:',
      '  - containerPort: 53',
      '    protocol: udp',
      '```',
      'Right:',
      '```yaml',
      'restartPolicy: Always',
      'ports:',
      '  - containerPort: 53',
      '    protocol: UDP',
      '```',
    ].join('\n'),
    source: 'field.NotSupported in pkg/apis/core/validation/validation.go (e.g. validateRestartPolicy, validateContainerPorts)',
    scope: 'workload',
  },
  check(ctx) {
    for (const err of schemaErrors(ctx, 'enum')) {
      const allowed = (err.params.allowedValues as unknown[]).map(String);
      const value = valueAt(ctx.object.value, err.path);
      const field = fieldName(err.path);
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const sure = suggestion?.unique === true;
      const fixes = (suggestion ? suggestion.ties : allowed).flatMap((choice) => changeValue(ctx.document, err.path, choice, { preferred: sure, safe: sure }));
      const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
      ctx.report({
        path: err.path,
        at: 'value',
        message: `Unsupported value ${shown} for ${field}: supported values: ${allowed.map((a) => JSON.stringify(a)).join(', ')}${suggestion ? `; did you mean ${JSON.stringify(suggestion.value)}?` : ''}`,
        fixes,
      });
    }
  },
};
