import { replaceScalarSource, scalarSource } from '../fixes/edits';
import { valueAt } from '../model/path';
import { describeValue, fieldName, schemaErrors } from './schemaErrors';
import type { Fix, ObjectRule } from './types';

const EXPECTED: Record<string, string> = {
  integer: 'integer',
  number: 'number',
  string: 'string',
  boolean: 'boolean',
  object: 'mapping',
  array: 'list',
};

export const invalidType: ObjectRule = {
  meta: {
    id: 'invalid-type',
    severity: 'error',
    description: 'A value of the wrong type: a string where a number is required, a mapping where a list is, ...',
    docs: [
      'The API server decodes JSON into typed Go structs and fails on a type mismatch',
      '(`json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32`).',
      '',
      'YAML types plain values by their look, with the YAML 1.1 rules kubectl uses: `yes`, `no`, `on`,',
      '`off`, `true` are booleans and `8080`, `0644` are numbers. An environment variable `value`, an',
      'annotation or a label value must be a string, so such values need quotes. The quick fix adds',
      'the quotes (or removes them where a number or boolean is expected).',
      '',
      'Wrong:',
      '```yaml',
      'env:',
      '  - name: DEBUG',
      '    value: yes',
      'ports:',
      '  - containerPort: "8080"',
      '```',
      'Right:',
      '```yaml',
      'env:',
      '  - name: DEBUG',
      '    value: "yes"',
      'ports:',
      '  - containerPort: 8080',
      '```',
    ].join('\n'),
    source: 'encoding/json type checks in the API server\'s decoder; kubectl validation "invalid type for"',
    scope: 'workload',
  },
  check(ctx) {
    for (const err of schemaErrors(ctx, 'type')) {
      const expected = String(err.params.type).split(',').map((t) => EXPECTED[t] ?? t);
      const value = valueAt(ctx.object.value, err.path);
      const field = fieldName(err.path);
      const src = scalarSource(ctx.document, err.path);
      const fixes: Fix[] = [];
      let hint = '';
      if (src && src.style === 'PLAIN' && expected.includes('string') && (typeof value === 'boolean' || typeof value === 'number')) {
        // YAML read an unquoted word or number as a boolean or a number.
        const quoted = JSON.stringify(src.source);
        const edit = replaceScalarSource(ctx.document, err.path, quoted);
        if (edit) fixes.push({ title: `Quote the value: ${quoted}`, edits: [edit], isPreferred: true, safe: true });
        hint = `; YAML reads the unquoted ${src.source} as a ${typeof value}, quote it: ${quoted}`;
      } else if (src && src.style !== 'PLAIN' && typeof value === 'string') {
        const asNumber = /^-?[0-9]+$/.test(value) && expected.includes('integer');
        const asBoolean = /^(true|false)$/.test(value) && expected.includes('boolean');
        if (asNumber || asBoolean) {
          const edit = replaceScalarSource(ctx.document, err.path, value);
          if (edit) fixes.push({ title: `Remove the quotes: ${value}`, edits: [edit], isPreferred: true, safe: true });
          hint = `; remove the quotes to make it ${asNumber ? 'an integer' : 'a boolean'}`;
        }
      }
      ctx.report({
        path: err.path,
        at: 'value',
        message: `invalid type for ${JSON.stringify(field)}: got ${describeValue(value)}, expected ${expected.join(' or ')}${hint}`,
        fixes,
      });
    }
  },
};
