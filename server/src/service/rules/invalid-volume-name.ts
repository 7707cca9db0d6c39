import { replaceScalar } from '../fixes/edits';
import type { TextEdit } from 'vscode-languageserver-types';
import { itemsOf, volumesOf } from '../model/containerFacts';
import { dns1123LabelErrors, toDns1123Label } from '../util/kubernetesNames';
import type { Fix, ObjectRule } from './types';

export const invalidVolumeName: ObjectRule = {
  meta: {
    id: 'invalid-volume-name',
    severity: 'error',
    description: 'A volume name that is not a DNS-1123 label.',
    docs: [
      'Volume names are lowercase RFC 1123 labels (at most 63 characters, `a-z`, `0-9` and `-`,',
      'starting and ending with a letter or digit), like container names: the kubelet uses them in',
      'paths on the node. `config_files` or `Data` are rejected:',
      '`spec.volumes[0].name: Invalid value: "config_files": a lowercase RFC 1123 label must ...`.',
      'The quick fix renames the volume and every mount of it to a valid name (not applied by',
      'fix-all: a name is a choice).',
      '',
      'Wrong:',
      '```yaml',
      'volumes:',
      '  - name: config_files',
      '    configMap: {name: app}',
      '```',
      'Right:',
      '```yaml',
      'volumes:',
      '  - name: config-files',
      '    configMap: {name: app}',
      '```',
    ].join('\n'),
    source: 'ValidateVolumes in pkg/apis/core/validation/validation.go (ValidateDNS1123Label on name)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const v of volumesOf(pod)) {
        const errs = dns1123LabelErrors(v.name);
        if (!errs.length) continue;
        const path = [...v.path, 'name'];
        const better = toDns1123Label(v.name);
        const fixes: Fix[] = [];
        if (better) {
          // The volume and every mount of it, in one edit, so no mount is left pointing nowhere.
          const targets = [path, ...pod.containers.flatMap((c) => ['volumeMounts', 'volumeDevices'].flatMap((f) => itemsOf(c.value, c.path, f)))
            .filter((m) => m.value.name === v.name).map((m) => [...m.path, 'name'])];
          const edits = targets.map((t) => replaceScalar(ctx.document, t, better));
          if (edits.every((e) => e)) fixes.push({ title: `Rename the volume and its mounts to "${better}"`, edits: edits as TextEdit[] });
        }
        ctx.report({ path, at: 'value', message: `Invalid value ${JSON.stringify(v.name)} for the volume name: ${errs.join('; ')}`, fixes });
      }
    }
  },
};
