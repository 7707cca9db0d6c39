import { isPlainObject, valueAt } from '../model/path';
import { describeDefinition } from '../schema/describe';
import { renameKey } from '../fixes/edits';
import { closestMatch } from '../util/textDistance';
import { schemaErrors } from './schemaErrors';
import type { Fix, ObjectRule } from './types';

export const unknownField: ObjectRule = {
  meta: {
    id: 'unknown-field',
    severity: 'error',
    description: 'A field that the Kubernetes type does not have (often a casing mistake or a typo).',
    docs: [
      'kubectl validates strictly by default (`--validate=strict`): a field the type does not declare',
      'makes the request fail (`strict decoding error: unknown field "spec.containers[0].ports[0].ContainerPort"`).',
      'Field names are case-sensitive. With `--validate=false` the field would be dropped silently,',
      'which is worse: the port, probe or mount simply would not exist.',
      '',
      'podlint suggests the field you most likely meant: a case-insensitive match first, then the',
      'closest name by edit distance. The quick fix renames the key and keeps its value and comments;',
      'when two names are equally close (`post`: `host` or `port`?), both are offered and neither is',
      'applied by fix-all.',
      '',
      'Wrong:',
      '```yaml',
      'ports:',
      '  - ContainerPort: 8080',
      '```',
      'Right:',
      '```yaml',
      'ports:',
      '  - containerPort: 8080',
      '```',
    ].join('\n'),
    source: 'apimachinery strict decoding (pkg/runtime/serializer/json, "unknown field"), kubectl --validate=strict',
    scope: 'workload',
  },
  check(ctx) {
    for (const err of schemaErrors(ctx, 'additionalProperties')) {
      const field = String(err.params.additionalProperty);
            const present = valueAt(ctx.object.value, err.path);
      const taken = new Set(isPlainObject(present) ? Object.keys(present) : []);
      const candidates = Object.keys(err.location?.schema.properties ?? {}).filter((c) => !taken.has(c));
      const suggestion = closestMatch(field, candidates);
      const where = err.location ? ` in ${describeDefinition(err.location.definition)}` : '';
      const fixes: Fix[] = [];
      const path = [...err.path, field];
      // Equally near names (`post`: `host` or `port`?) are all offered, none preferred.
      for (const name of suggestion?.ties ?? []) {
        const edit = renameKey(ctx.document, path, name);
        if (edit) fixes.push({ title: `Rename "${field}" to "${name}"`, edits: [edit], isPreferred: suggestion!.unique, safe: suggestion!.unique });
      }
      ctx.report({
        path,
        at: 'key',
        message: `unknown field ${JSON.stringify(field)}${where}${suggestion ? `; did you mean ${suggestion.ties.map((t) => JSON.stringify(t)).join(' or ')}?` : ''}`,
        fixes,
      });
    }
  },
};
