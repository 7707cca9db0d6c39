import { isPlainObject, Path } from '../model/path';
import type { ObjectRule } from './types';

/** Owners whose `spec.selector` is a LabelSelector that must select their own template. */
const LABEL_SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/** What a selector requires that the labels lack, in selector syntax (`app=web`, `tier in (a,b)`); empty when it matches. */
function unmet(selector: Record<string, unknown>, labels: Record<string, unknown>, plainMap: boolean): string[] {
  const out: string[] = [];
  const matchLabels = plainMap ? selector : selector.matchLabels;
  if (isPlainObject(matchLabels)) {
    for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) out.push(`${k}=${String(v)}`);
  }
  const expressions = plainMap ? undefined : selector.matchExpressions;
  for (const e of Array.isArray(expressions) ? expressions : []) {
    if (!isPlainObject(e) || typeof e.key !== 'string') continue;
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const value = has ? String(labels[e.key]) : undefined;
    const ok =
      e.operator === 'In' ? value !== undefined && values.includes(value)
      : e.operator === 'NotIn' ? value === undefined || !values.includes(value)
      : e.operator === 'Exists' ? has
      : e.operator === 'DoesNotExist' ? !has
      : true; // an unknown operator is unsupported-value's to report
    if (!ok) out.push(e.operator === 'Exists' ? e.key : e.operator === 'DoesNotExist' ? `!${e.key}` : `${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${values.join(',')})`);
  }
  return out;
}

export const selectorMismatch: ObjectRule = {
  meta: {
    id: 'selector-mismatch',
    severity: 'error',
    description: "A Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController whose selector does not select its own pod template's labels.",
    docs: [
      'A controller finds its pods by its selector. If the template\'s labels do not satisfy it, the',
      'pods it creates would not be its own, so the API server rejects the object:',
      '``spec.template.metadata.labels: Invalid value: {"app":"api"}: `selector` does not match template `labels` ``.',
      'It happens when a template is copied from another workload and its labels renamed, or a',
      'sidecar\'s label is added to the selector but not to the template.',
      '',
      'Wrong:',
      '```yaml',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: api}}',
      '```',
      'Right:',
      '```yaml',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '```',
    ].join('\n'),
    source: 'ValidatePodTemplateSpecForReplicaSet and ValidateStatefulSetSpec in pkg/apis/apps/validation, ValidatePodTemplateSpecForRC in pkg/apis/core/validation',
    scope: 'workload',
  },
  check(ctx) {
    const { kind, value } = ctx.object;
    const plainMap = kind === 'ReplicationController';
    if (!LABEL_SELECTOR_KINDS.has(kind) && !plainMap) return;
    const spec = value.spec;
    if (!isPlainObject(spec) || !isPlainObject(spec.selector) || !isPlainObject(spec.template)) return;
    const selector = spec.selector;
    if (!plainMap && selector.matchLabels === undefined && selector.matchExpressions === undefined) return; // required-field / the API's "empty selector"
    const metadata = spec.template.metadata;
    const labels = isPlainObject(metadata) && isPlainObject(metadata.labels) ? metadata.labels : {};
    const missing = unmet(selector, labels, plainMap);
    if (!missing.length) return;
    const path: Path = isPlainObject(metadata) && metadata.labels !== undefined ? ['spec', 'template', 'metadata', 'labels'] : isPlainObject(metadata) ? ['spec', 'template', 'metadata'] : ['spec', 'template'];
    ctx.report({
      path,
      at: 'key',
      message: `Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\`: the ${kind}'s selector wants ${missing.join(', ')}`,
    });
  },
};
