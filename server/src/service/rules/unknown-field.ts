import { formatPath, isPlainObject, valueAt } from '../model/path';
import { describeDefinition } from '../schema/describe';
import { describeIntroduction } from '../schema/fieldHistory';
import type { Path } from '../model/path';
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
      'Fields depend on the Kubernetes version checked against (`podlint.kubernetesVersion`,',
      '`kubernetesVersion` in `.podlint.yaml`, `--kubernetes-version`, or a `# podlint: kubernetes=1.33`',
      'comment at the top of the file). A field that a newer version has is reported with the version it',
      'needs: `"restartPolicyRules" in a container requires Kubernetes 1.34 or later`.',
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
    const errors = schemaErrors(ctx, 'additionalProperties');
    const unknown: { err: (typeof errors)[number]; field: string; suggestion: ReturnType<typeof closestMatch> }[] = [];
    for (const err of errors) {
      const field = String(err.params.additionalProperty);
      const intro = err.location ? ctx.schema.fieldIntroduction(err.location.definition, field) : undefined;
      if (intro && err.location) {
        // A real field of a newer Kubernetes: no "did you mean", no rename.
        ctx.report({
          path: [...err.path, field],
          at: 'key',
          message: `${JSON.stringify(field)} ${whereIs(err.path, err.location.definition)} ${describeIntroduction(intro)}; this file is checked against Kubernetes ${ctx.schema.version}`,
        });
        continue;
      }
      const present = valueAt(ctx.object.value, err.path);
      const taken = new Set(isPlainObject(present) ? Object.keys(present) : []);
      const candidates = Object.keys(err.location?.schema.properties ?? {}).filter((c) => !taken.has(c));
      unknown.push({ err, field, suggestion: closestMatch(field, candidates) });
    }
    // Two unknown keys of one mapping that would both become `fieldRef` (`fieldref`, `FieldRef`):
    // renaming both makes a duplicate key kubectl rejects, so which one is meant is the user's call.
    const claims = new Map<string, number>();
    const claim = (u: (typeof unknown)[number], name: string) => `${formatPath(u.err.path)}\u0000${name}`;
    for (const u of unknown) for (const name of u.suggestion?.ties ?? []) claims.set(claim(u, name), (claims.get(claim(u, name)) ?? 0) + 1);
    for (const u of unknown) {
      const { err, field, suggestion } = u;
      const where = err.location ? ` in ${describeDefinition(err.location.definition)}` : '';
      const fixes: Fix[] = [];
      const path = [...err.path, field];
      // Equally near names (`post`: `host` or `port`?) are all offered, none preferred.
      for (const name of suggestion?.ties ?? []) {
        const edit = renameKey(ctx.document, path, name);
        const sure = suggestion!.unique && claims.get(claim(u, name)) === 1;
        if (edit) fixes.push({ title: `Rename "${field}" to "${name}"`, edits: [edit], isPreferred: sure, safe: sure });
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

/** "in an init container": the container list says more than the type (all three are Containers). */
function whereIs(parent: Path, definition: string): string {
  const list = parent.length >= 2 && typeof parent[parent.length - 1] === 'number' ? parent[parent.length - 2] : undefined;
  if (list === 'initContainers') return 'in an init container';
  if (list === 'ephemeralContainers') return 'in an ephemeral container';
  return `in ${describeDefinition(definition)}`;
}
