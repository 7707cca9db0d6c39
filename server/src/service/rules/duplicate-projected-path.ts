import { itemsOf } from '../model/containerFacts';
import { formatPath, isPlainObject, Path } from '../model/path';
import type { ObjectRule } from './types';

/** The files one projected source writes, as validateProjectionSources collects them. */
function filesOf(source: Record<string, unknown>, sourcePath: Path): { path: Path; file: string; value: string }[] {
  const out: { path: Path; file: string; value: string }[] = [];
  // The API server's message quotes the secret's or configMap's name, and the file for the others.
  for (const kind of ['secret', 'configMap', 'downwardAPI']) {
    const s = source[kind];
    if (!isPlainObject(s)) continue;
    for (const item of itemsOf(s, [...sourcePath, kind], 'items')) {
      const file = item.value.path;
      if (typeof file !== 'string' || file === '') continue;
      const value = kind === 'downwardAPI' ? file : typeof s.name === 'string' ? s.name : '';
      out.push({ path: [...item.path, 'path'], file, value });
    }
  }
  const bundle = source.clusterTrustBundle;
  if (isPlainObject(bundle) && typeof bundle.path === 'string' && bundle.path !== '') {
    out.push({ path: [...sourcePath, 'clusterTrustBundle', 'path'], file: bundle.path, value: bundle.path });
  }
  return out;
}

export const duplicateProjectedPath: ObjectRule = {
  meta: {
    id: 'duplicate-projected-path',
    severity: 'error',
    description: 'Two sources (or items) of one projected volume write the same file path.',
    docs: [
      'A `projected` volume merges several sources (secrets, configMaps, the downward API, cluster',
      'trust bundles, service account tokens) into one directory. Every file the `items` of its',
      'secret, configMap and downwardAPI sources (and a clusterTrustBundle `path`) name must be',
      'different: the API server rejects `spec.volumes[0].projected: Invalid value: "tls": conflicting',
      'duplicate paths`. Paths are compared as written, within one volume; two volumes may hold the',
      'same file names. A source without `items` projects all its keys, which the API server cannot',
      'know in advance, so it is not compared.',
      '',
      'Wrong:',
      '```yaml',
      'projected:',
      '  sources:',
      '    - configMap: {name: ca, items: [{key: ca.crt, path: ca.crt}]}',
      '    - secret: {name: tls, items: [{key: ca.crt, path: ca.crt}, {key: tls.key, path: tls.key}]}',
      '```',
      'Right:',
      '```yaml',
      'projected:',
      '  sources:',
      '    - configMap: {name: ca, items: [{key: ca.crt, path: ca.crt}]}',
      '    - secret: {name: tls, items: [{key: tls.key, path: tls.key}]}',
      '```',
    ].join('\n'),
    source: 'validateProjectionSources in pkg/apis/core/validation/validation.go ("conflicting duplicate paths")',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const volume of itemsOf(pod.value, pod.path, 'volumes')) {
        const projected = volume.value.projected;
        if (!isPlainObject(projected)) continue;
        const projectedPath = [...volume.path, 'projected'];
        const seen = new Map<string, Path>();
        for (const source of itemsOf(projected, projectedPath, 'sources')) {
          for (const f of filesOf(source.value, source.path)) {
            const earlier = seen.get(f.file);
            if (!earlier) {
              seen.set(f.file, f.path);
              continue;
            }
            ctx.report({
              path: f.path,
              at: 'value',
              message: `${formatPath(projectedPath)}: Invalid value: ${JSON.stringify(f.value)}: conflicting duplicate paths: ${formatPath(earlier.slice(0, -1))} already writes ${JSON.stringify(f.file)}; give each file of the volume its own path`,
            });
          }
        }
      }
    }
  },
};
