import { isPlainObject, Path, valueAt } from '../model/path';
import { insertField } from '../fixes/edits';
import { describeDefinition } from '../schema/describe';
import type { JsonSchema, KubernetesSchema } from '../schema/schemaStore';
import { closestMatch } from '../util/textDistance';
import { schemaErrors } from './schemaErrors';
import type { Fix, ObjectRule } from './types';

/** A value of the field's type that plainly still needs filling in. */
function placeholder(schema: KubernetesSchema, field: JsonSchema | undefined): string {
  const s = schema.resolve(field);
  if (s?.type === 'array') return '[]';
  if (s?.type === 'object') return '{}';
  if (s?.type === 'integer' || s?.type === 'number') return '0';
  if (s?.type === 'boolean') return 'false';
  return '""';
}

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** `{app: web, tier: "1"}`: a flow mapping of string labels, quoting what YAML would misread. */
function flowLabels(labels: Record<string, unknown>): string {
  const text = (v: string) => (PLAIN.test(v) && !/^(true|false|yes|no|on|off|null|~|[-+.\d][\d._]*)$/i.test(v) ? v : JSON.stringify(v));
  return `{${Object.entries(labels).map(([k, v]) => `${text(k)}: ${text(String(v))}`).join(', ')}}`;
}

/**
 * A workload's missing `selector` is best the labels its own pod template carries: the API
 * requires the selector to match them.
 */
function selectorFromTemplate(value: unknown, path: Path): string | undefined {
  const labels = valueAt(value, [...path, 'template', 'metadata', 'labels']);
  if (!isPlainObject(labels) || !Object.keys(labels).length) return undefined;
  return `{matchLabels: ${flowLabels(labels)}}`;
}

export const requiredField: ObjectRule = {
  meta: {
    id: 'required-field',
    severity: 'error',
    description: 'A field that the Kubernetes type requires is missing.',
    docs: [
      'Some fields have no default: a container port needs `containerPort`, a Deployment needs',
      '`spec.selector`, a pod spec needs `containers`. The API server rejects the object',
      '(`spec.selector: Required value`); kubectl\'s client-side validation says',
      '`missing required field "selector" in io.k8s.api.apps.v1.DeploymentSpec`.',
      '',
      'The diagnostic sits on the key of the object that lacks the field; the quick fix adds the field',
      'with a placeholder of its type (`""`, `0`, `{}`, `[]`) to fill in; a missing workload `selector`',
      'gets the labels of its pod template. When a misspelt key in the',
      'same object is the missing field (`ContainerPort`), only the unknown-field diagnostic is shown.',
      '',
      'Wrong:',
      '```yaml',
      'spec:',
      '  replicas: 2',
      '  template: ...',
      '```',
      'Right:',
      '```yaml',
      'spec:',
      '  replicas: 2',
      '  selector:',
      '    matchLabels: {app: web}',
      '  template: ...',
      '```',
    ].join('\n'),
    source: 'kubectl client-side validation (pkg/kubectl/cmd/util/openapi/validation), "missing required field"',
    scope: 'workload',
  },
  check(ctx) {
    for (const err of schemaErrors(ctx, 'required')) {
      const missing = String(err.params.missingProperty);
      const present = valueAt(ctx.object.value, err.path);
      const known = err.location?.schema.properties ?? {};
      // A misspelt key for this very field is one problem, reported by unknown-field.
      const misspelt = isPlainObject(present) && Object.keys(present).some((k) => !(k in known) && closestMatch(k, [missing]));
      if (misspelt) continue;
      const where = err.location ? ` in ${describeDefinition(err.location.definition)}` : '';
      const fromTemplate = missing === 'selector' ? selectorFromTemplate(ctx.object.value, err.path) : undefined;
      const edit = insertField(ctx.document, err.path, missing, fromTemplate ?? placeholder(ctx.schema, known[missing]));
      // Unambiguous (the API names the field), but the placeholder is for the user to fill in: never applied by fix-all.
      const fixes: Fix[] = edit ? [{ title: `Add required field "${missing}"`, edits: [edit], isPreferred: true }] : [];
      ctx.report({ path: err.path, message: `missing required field ${JSON.stringify(missing)}${where}`, fixes });
    }
  },
};
