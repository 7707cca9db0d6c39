import { isPlainObject } from '../model/path';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../util/kubernetesNames';
import type { ObjectRule } from './types';

export const invalidObjectName: ObjectRule = {
  meta: {
    id: 'invalid-object-name',
    severity: 'error',
    description: 'metadata.name or metadata.namespace in a format the API server rejects, or no name at all.',
    docs: [
      'Pods, Deployments, Jobs and the other pod-bearing kinds need a name (or a `generateName`), and',
      'the name must be a lowercase RFC 1123 subdomain: `a-z`, `0-9`, `-` and `.`, at most 253',
      'characters. A namespace is a DNS-1123 label. Unfilled template placeholders such as',
      '`<YOUR-APP-NAME>` are the usual cause.',
      '',
      'Wrong:',
      '```yaml',
      'metadata:',
      '  name: <YOUR-DEPLOYMENT-NAME>',
      '```',
      'Right:',
      '```yaml',
      'metadata:',
      '  name: checkout',
      '```',
    ].join('\n'),
    source: 'ValidateObjectMeta in pkg/apis/core/validation/validation.go with NameIsDNSSubdomain (ValidatePodName, ValidateDeploymentName, ...)',
    scope: 'workload',
  },
  check(ctx) {
    const meta = ctx.object.value.metadata;
    if (meta !== undefined && !isPlainObject(meta)) return; // a type error, reported by invalid-type
    const name = meta?.name;
    const generateName = meta?.generateName;
    if (name === undefined && generateName === undefined) {
      // Kustomize patches and Helm output always name their objects; a bare manifest without one cannot be applied.
      ctx.report({
        path: meta ? ['metadata'] : [],
        at: 'key',
        message: 'Required value: name or generateName is required in metadata',
      });
    }
    if (typeof name === 'string') {
      const errs = dns1123SubdomainErrors(name);
      if (errs.length) ctx.report({ path: ['metadata', 'name'], at: 'value', message: `Invalid value ${JSON.stringify(name)} for metadata.name: ${errs.join('; ')}` });
    }
    const namespace = meta?.namespace;
    if (typeof namespace === 'string') {
      const errs = dns1123LabelErrors(namespace);
      if (errs.length) ctx.report({ path: ['metadata', 'namespace'], at: 'value', message: `Invalid value ${JSON.stringify(namespace)} for metadata.namespace: ${errs.join('; ')}` });
    }
  },
};
