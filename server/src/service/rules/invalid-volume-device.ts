import { describeContainer, itemsOf, volumesOf } from '../model/containerFacts';
import { formatPath, Path } from '../model/path';
import type { ContainerModel } from '../model/podModel';
import type { ObjectRule, ObjectRuleContext } from './types';
import { sourcesOf, volumeSourceFields } from './volumeSources';

const BLOCK_SOURCES = new Set(['persistentVolumeClaim', 'ephemeral']);

interface Entry {
  readonly path: Path;
  readonly name: string | undefined;
  /** mountPath or devicePath */
  readonly at: string | undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function entries(c: ContainerModel, list: 'volumeMounts' | 'volumeDevices'): Entry[] {
  const key = list === 'volumeMounts' ? 'mountPath' : 'devicePath';
  return itemsOf(c.value, c.path, list).map(({ path, value }) => ({ path, name: str(value.name), at: str(value[key]) }));
}

/** Mirrors ValidateVolumeDevices, plus ValidateVolumeMounts' half of the mount/device overlap checks. */
function checkContainer(ctx: ObjectRuleContext, c: ContainerModel, sources: ReadonlyMap<string, string>): void {
  const devices = entries(c, 'volumeDevices');
  if (devices.length === 0) return;
  const mounts = entries(c, 'volumeMounts');
  const who = describeContainer(c);
  // The API server compares against name -> path maps, where a later entry of the same name wins.
  const mountPaths = new Map(mounts.flatMap((m) => (m.name !== undefined ? [[m.name, m] as const] : [])));
  const devicePaths = new Map(devices.flatMap((d) => (d.name !== undefined ? [[d.name, d] as const] : [])));
  const pathIn = (p: string, map: ReadonlyMap<string, Entry>): Entry | undefined => [...map.values()].find((e) => e.at === p);

  for (const m of mounts) {
    const device = m.name !== undefined ? devicePaths.get(m.name) : undefined;
    if (device) {
      ctx.report({ path: [...m.path, 'name'], at: 'value', message: `Invalid value: ${JSON.stringify(m.name)}: must not already exist in volumeDevices; ${who} attaches it as a block device at ${formatPath(device.path)}: a volume is either mounted as a filesystem or attached as a device, not both` });
    }
    const samePath = m.at !== undefined ? pathIn(m.at, devicePaths) : undefined;
    if (samePath) {
      ctx.report({ path: [...m.path, 'mountPath'], at: 'value', message: `Invalid value: ${JSON.stringify(m.at)}: must not already exist as a path in volumeDevices; ${who} puts the device of ${formatPath(samePath.path)} there` });
    }
  }

  const names = new Map<string, Entry>();
  const paths = new Map<string, Entry>();
  for (const d of devices) {
    if (d.name !== undefined) {
      const earlier = names.get(d.name);
      if (earlier) ctx.report({ path: [...d.path, 'name'], at: 'value', message: `Invalid value: ${JSON.stringify(d.name)}: must be unique; ${who} already attaches it at ${formatPath(earlier.path)}` });
      else names.set(d.name, d);
      const source = sources.get(d.name);
      if (source !== undefined && !BLOCK_SOURCES.has(source)) {
        ctx.report({
          path: [...d.path, 'name'],
          at: 'value',
          message: `Invalid value: ${JSON.stringify(d.name)}: can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode; volume ${JSON.stringify(d.name)} is of type ${source}: mount it with volumeMounts, or attach a persistentVolumeClaim whose volumeMode is Block`,
        });
      }
      const mount = mountPaths.get(d.name);
      if (mount) {
        ctx.report({ path: [...d.path, 'name'], at: 'value', message: `Invalid value: ${JSON.stringify(d.name)}: must not already exist in volumeMounts; ${who} also mounts it at ${formatPath(mount.path)}` });
      }
    }
    if (d.at === undefined) continue;
    const earlier = paths.get(d.at);
    if (earlier) ctx.report({ path: [...d.path, 'devicePath'], at: 'value', message: `Invalid value: ${JSON.stringify(d.at)}: must be unique; ${who} already puts ${formatPath(earlier.path)} there` });
    if (d.at.split('/').includes('..')) {
      ctx.report({ path: [...d.path, 'devicePath'], at: 'value', message: `Invalid value: ${JSON.stringify(d.at)}: can not contain backsteps ('..')` });
    } else if (!earlier) paths.set(d.at, d);
    const samePath = pathIn(d.at, mountPaths);
    if (samePath) {
      ctx.report({ path: [...d.path, 'devicePath'], at: 'value', message: `Invalid value: ${JSON.stringify(d.at)}: must not already exist as a path in volumeMounts; ${who} mounts ${formatPath(samePath.path)} there` });
    }
  }
}

export const invalidVolumeDevice: ObjectRule = {
  meta: {
    id: 'invalid-volume-device',
    severity: 'error',
    description: 'A volumeDevices entry the API server rejects: not a PVC or ephemeral volume, repeated, or clashing with a volumeMount.',
    docs: [
      '`volumeDevices` hands a container a raw block device (a PersistentVolume with `volumeMode: Block`)',
      'at `devicePath`, instead of mounting a filesystem. The API server rejects:',
      '',
      '- a device whose volume is not a `persistentVolumeClaim` or `ephemeral` volume: `Invalid value:',
      '  "cache": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode`',
      '  (an `emptyDir`, `configMap`... has no block device: mount it with `volumeMounts`);',
      '- a volume name or `devicePath` listed twice in one container (`must be unique`), and a',
      "  `devicePath` with `..` (`can not contain backsteps ('..')`);",
      '- a volume both mounted and attached by one container (`must not already exist in volumeMounts`,',
      '  and `in volumeDevices` on the mount), or a `devicePath` equal to a `mountPath` of the same',
      '  container (`must not already exist as a path in volumeMounts`). Both entries are reported, as',
      '  the API server does.',
      '',
      'Other containers of the pod may mount or attach the same volume: only one container is compared.',
      "A StatefulSet's `volumeClaimTemplates` are claims, so they may be attached.",
      '',
      'Wrong:',
      '```yaml',
      'containers:',
      '  - name: db',
      '    volumeDevices: [{name: scratch, devicePath: /dev/xvdb}]',
      'volumes:',
      '  - {name: scratch, emptyDir: {}}',
      '```',
      'Right:',
      '```yaml',
      'containers:',
      '  - name: db',
      '    volumeDevices: [{name: data, devicePath: /dev/xvdb}]',
      'volumes:',
      '  - {name: data, persistentVolumeClaim: {claimName: db-block}}',
      '```',
    ].join('\n'),
    source: 'ValidateVolumeDevices, ValidateVolumeMounts and isMatchedDevice in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      // A volume with no source or several is the other volume rules' finding, and the API server
      // then reports the device as not found: only volumes with exactly one source are judged here.
      const fields = volumeSourceFields(ctx, pod);
      const sources = new Map<string, string>();
      for (const v of volumesOf(pod)) {
        const kinds = sourcesOf(v.value, fields);
        // The first of two volumes with one name is the one the API server keeps.
        if (kinds.length === 1 && !sources.has(v.name)) sources.set(v.name, kinds[0]);
      }
      for (const c of pod.containers) checkContainer(ctx, c, sources);
    }
  },
};
