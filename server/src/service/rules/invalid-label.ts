import { isPlainObject, Path, valueAt } from '../model/path';
import { labelValueErrors, qualifiedNameErrors } from '../util/kubernetesNames';
import type { ObjectRule } from './types';

/** The label maps of a pod-bearing object: its own, its templates', and its selector's. */
function labelMaps(kindPaths: readonly Path[]): Path[] {
  const out: Path[] = [['metadata', 'labels']];
  for (const podSpec of kindPaths) {
    const template = podSpec.slice(0, -1); // .../template
    if (template.length) {
      out.push([...template, 'metadata', 'labels']);
      out.push([...template.slice(0, -1), 'selector', 'matchLabels']);
    }
  }
  return out;
}

export const invalidLabel: ObjectRule = {
  meta: {
    id: 'invalid-label',
    severity: 'error',
    description: 'A label key or value in a format the API server rejects.',
    docs: [
      'Label values are at most 63 characters of `A-Z a-z 0-9 - _ .`, starting and ending with a letter',
      'or digit (or empty). Keys are an optional DNS subdomain prefix and `/`, then a name of the same',
      'form. This holds for `metadata.labels`, the pod template\'s labels and `selector.matchLabels`.',
      'Spaces, `<placeholders>`, `:` and `/` in values are the usual mistakes.',
      '',
      'Wrong:',
      '```yaml',
      'labels:',
      '  app: <YOUR-APPLICATION-NAME>',
      '  version: "1.2 beta"',
      '```',
      'Right:',
      '```yaml',
      'labels:',
      '  app: checkout',
      '  version: 1.2-beta',
      '```',
    ].join('\n'),
    source: 'ValidateLabels in staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    const templates = ctx.podSpecs.map((p) => p.path);
    for (const path of labelMaps(templates)) {
      const labels = valueAt(ctx.object.value, path);
      if (!isPlainObject(labels)) continue;
      for (const [key, value] of Object.entries(labels)) {
        const keyErrs = qualifiedNameErrors(key);
        if (keyErrs.length) {
          ctx.report({ path: [...path, key], at: 'key', message: `Invalid value ${JSON.stringify(key)} for a label key: ${keyErrs.join('; ')}` });
        }
        if (typeof value !== 'string') continue; // a type error, reported by invalid-type
        const valueErrs = labelValueErrors(value);
        if (valueErrs.length) {
          ctx.report({ path: [...path, key], at: 'value', message: `Invalid value ${JSON.stringify(value)} for label ${JSON.stringify(key)}: ${valueErrs.join('; ')}` });
        }
      }
    }
  },
};
