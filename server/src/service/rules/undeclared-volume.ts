import { appendToSequence, addMapEntry } from '../fixes/insert';
import { replaceScalar } from '../fixes/edits';
import { claimTemplateNames, describeContainer, itemsOf, volumesOf } from '../model/containerFacts';
import { closestMatch } from '../util/textDistance';
import type { Fix, ObjectRule } from './types';

export const undeclaredVolume: ObjectRule = {
  meta: {
    id: 'undeclared-volume',
    severity: 'error',
    description: 'A volumeMount or volumeDevice whose name no entry of spec.volumes declares.',
    docs: [
      'Containers share data through the pod\'s volumes: each `volumeMounts[].name` must name an entry',
      'of `spec.volumes`, or the API server rejects the pod (`spec.containers[1].volumeMounts[0].name:',
      'Not found: "shared-log"`). In multi-container pods this is usually a sidecar whose mount was',
      'renamed in one place only. A StatefulSet\'s `volumeClaimTemplates` count as declared volumes.',
      'The quick fixes rename the mount to the closest declared volume, or declare an `emptyDir`',
      'volume of that name (scratch space that lives as long as the pod).',
      '',
      'Wrong:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    volumeMounts: [{name: logs, mountPath: /var/log/app}]',
      '  - name: shipper',
      '    volumeMounts: [{name: log, mountPath: /logs}]',
      'volumes:',
      '  - name: logs',
      '    emptyDir: {}',
      '```',
      'Right:',
      '```yaml',
      '  - name: shipper',
      '    volumeMounts: [{name: logs, mountPath: /logs}]',
      '```',
    ].join('\n'),
    source: 'ValidateVolumeMounts and ValidateVolumeDevices in pkg/apis/core/validation/validation.go (field.NotFound on name)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      const names = new Set([...volumesOf(pod).map((v) => v.name), ...claimTemplateNames(ctx.object.kind, ctx.object.value)]);
      const declared = [...names];
      for (const c of pod.containers) {
        for (const field of ['volumeMounts', 'volumeDevices'] as const) {
          for (const m of itemsOf(c.value, c.path, field)) {
            const name = m.value.name;
            if (typeof name !== 'string' || name === '' || names.has(name)) continue;
            const path = [...m.path, 'name'];
            const suggestion = closestMatch(name, declared);
            const fixes: Fix[] = [];
            if (suggestion) {
              const edit = replaceScalar(ctx.document, path, suggestion.value);
              if (edit) fixes.push({ title: `Mount volume "${suggestion.value}" instead`, edits: [edit], isPreferred: suggestion.unique });
            }
            if (field === 'volumeMounts') {
              const item = [`name: ${name}`, 'emptyDir: {}'];
              const edit = Array.isArray(pod.value.volumes)
                ? appendToSequence(ctx.document, [...pod.path, 'volumes'], item)
                : pod.value.volumes === undefined
                  ? addMapEntry(ctx.document, pod.path, 'volumes', [`- ${item[0]}`, `  ${item[1]}`])
                  : undefined;
              if (edit) fixes.push({ title: `Declare an emptyDir volume "${name}"`, edits: [edit], isPreferred: !suggestion?.unique });
            }
            const hint = suggestion ? `; did you mean ${JSON.stringify(suggestion.value)}?` : declared.length ? ` (declared volumes: ${declared.map((d) => JSON.stringify(d)).join(', ')})` : ' (the pod declares no volumes)';
            ctx.report({
              path,
              at: 'value',
              message: `Not found: ${JSON.stringify(name)}: ${describeContainer(c)} ${field === 'volumeMounts' ? 'mounts' : 'uses'} a volume that spec.volumes does not declare${hint}`,
              fixes,
            });
          }
        }
      }
    }
  },
};
