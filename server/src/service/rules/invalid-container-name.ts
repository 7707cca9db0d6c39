import { replaceScalar } from '../fixes/edits';
import { dns1123LabelErrors, toDns1123Label } from '../util/kubernetesNames';
import type { Fix, ObjectRule } from './types';

export const invalidContainerName: ObjectRule = {
  meta: {
    id: 'invalid-container-name',
    severity: 'error',
    description: 'A container name that is not a DNS-1123 label.',
    docs: [
      'Container names (of containers, init containers and ephemeral containers) must be lowercase',
      'RFC 1123 labels: at most 63 characters, `a-z`, `0-9` and `-`, starting and ending with a letter or',
      'digit. They name the container in `kubectl logs -c`, in `resourceFieldRef.containerName` and in',
      'the pod status, so they must be stable and simple. The quick fix proposes a valid name; it is',
      'not applied by fix-all because other places may refer to the old name.',
      '',
      'Wrong:',
      '```yaml',
      'containers:',
      '  - name: Log_Shipper',
      '```',
      'Right:',
      '```yaml',
      'containers:',
      '  - name: log-shipper',
      '```',
    ].join('\n'),
    source: 'validateContainerCommon in pkg/apis/core/validation/validation.go (ValidateDNS1123Label on name)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        if (c.name === undefined || c.name === '') continue; // missing: required-field
        const errs = dns1123LabelErrors(c.name);
        if (!errs.length) continue;
        const path = [...c.path, 'name'];
        const fixes: Fix[] = [];
        const better = toDns1123Label(c.name);
        const edit = better ? replaceScalar(ctx.document, path, better) : undefined;
        if (better && edit) fixes.push({ title: `Rename the container to "${better}"`, edits: [edit] });
        ctx.report({ path, at: 'value', message: `Invalid value ${JSON.stringify(c.name)} for the container name: ${errs.join('; ')}`, fixes });
      }
    }
  },
};
