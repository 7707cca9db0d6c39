import { changeValue } from './changeValue';
import { itemsOf } from '../model/containerFacts';
import { isPlainObject, Path } from '../model/path';
import { closestMatch } from '../util/textDistance';
import type { ObjectRule, ObjectRuleContext } from './types';

// validFieldPathExpressionsEnv and validVolumeDownwardAPIFieldPathExpressions in validation.go.
const ENV_FIELD_PATHS = [
  'metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid',
  'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
];
const VOLUME_FIELD_PATHS = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];
// validContainerResourceFieldPathExpressions, and the hugepages- prefixes.
const RESOURCES = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
/** `metadata.labels['app']`: one label or annotation, by key. */
const SUBSCRIPT = /^metadata\.(labels|annotations)\['[^']+'\]$/;

function check(ctx: ObjectRuleContext, path: Path, value: unknown, allowed: readonly string[], what: string): void {
  if (typeof value !== 'string' || allowed.includes(value) || SUBSCRIPT.test(value) || /^(limits|requests)\.hugepages-/.test(value)) return;
  const suggestion = closestMatch(value, allowed);
  const fixes = (suggestion?.ties ?? []).flatMap((name) =>
    changeValue(ctx.document, path, name, { preferred: suggestion!.unique, safe: suggestion!.unique && suggestion!.caseOnly }),
  );
  const hint = suggestion ? `; did you mean ${suggestion.ties.map((t) => JSON.stringify(t)).join(' or ')}?` : '';
  ctx.report({ path, at: 'value', message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed.map((a) => JSON.stringify(a)).join(', ')} (${what})${hint}`, fixes });
}

export const invalidFieldPath: ObjectRule = {
  meta: {
    id: 'invalid-field-path',
    severity: 'error',
    description: 'A downward API fieldRef.fieldPath or resourceFieldRef.resource the API server does not support.',
    docs: [
      'The downward API gives a container facts about its pod: `fieldRef.fieldPath` names one of a',
      'fixed list (`metadata.name`, `metadata.namespace`, `status.podIP`, `spec.nodeName`...; in a',
      '`downwardAPI` volume only the `metadata` ones), and `resourceFieldRef.resource` one of',
      '`limits.cpu`, `requests.memory`... A typo is `Unsupported value`, and sidecars that learn the',
      "pod's name or IP this way (log shippers, proxies, tracing agents) are where it happens.",
      '',
      'Wrong:',
      '```yaml',
      'env:',
      '  - name: POD_IP',
      '    valueFrom: {fieldRef: {fieldPath: status.podIp}}',
      '```',
      'Right:',
      '```yaml',
      'env:',
      '  - name: POD_IP',
      '    valueFrom: {fieldRef: {fieldPath: status.podIP}}',
      '```',
    ].join('\n'),
    source: 'validateObjectFieldSelector, validateContainerResourceFieldSelector and validateDownwardAPIVolumeFile in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        for (const { path, value } of itemsOf(c.value, c.path, 'env')) {
          const from = value.valueFrom;
          if (!isPlainObject(from)) continue;
          if (isPlainObject(from.fieldRef)) check(ctx, [...path, 'valueFrom', 'fieldRef', 'fieldPath'], from.fieldRef.fieldPath, ENV_FIELD_PATHS, 'env fieldRef');
          if (isPlainObject(from.resourceFieldRef)) check(ctx, [...path, 'valueFrom', 'resourceFieldRef', 'resource'], from.resourceFieldRef.resource, RESOURCES, 'resourceFieldRef');
        }
      }
      for (const volume of itemsOf(pod.value, pod.path, 'volumes')) {
        const api = volume.value.downwardAPI;
        if (!isPlainObject(api)) continue;
        for (const { path, value } of itemsOf(api, [...volume.path, 'downwardAPI'], 'items')) {
          if (isPlainObject(value.fieldRef)) check(ctx, [...path, 'fieldRef', 'fieldPath'], value.fieldRef.fieldPath, VOLUME_FIELD_PATHS, 'downwardAPI volume fieldRef');
          if (isPlainObject(value.resourceFieldRef)) check(ctx, [...path, 'resourceFieldRef', 'resource'], value.resourceFieldRef.resource, RESOURCES, 'resourceFieldRef');
        }
      }
    }
  },
};
