import { itemsOf } from '../model/containerFacts';
import { isPlainObject, Path } from '../model/path';
import type { ObjectRule, ObjectRuleContext } from './types';

const MODE = 'must be a number between 0 and 0777 (octal), both inclusive';
const SOURCES = ['configMap', 'secret', 'downwardAPI'];

function checkMode(ctx: ObjectRuleContext, path: Path, mode: unknown): void {
  if (typeof mode !== 'number' || (mode >= 0 && mode <= 0o777)) return;
  // YAML 1.1 reads 0644 as octal; a decimal 644 is 0o1204, the classic slip.
  const hint = mode <= 777 && /^[0-7]+$/.test(String(mode)) ? `; ${mode} is decimal here: write 0${mode} (octal) or ${parseInt(String(mode), 8)}` : '';
  ctx.report({ path, at: 'value', message: `Invalid value: ${mode}: ${MODE}${hint}` });
}

function checkItems(ctx: ObjectRuleContext, source: Record<string, unknown>, sourcePath: Path): void {
  checkMode(ctx, [...sourcePath, 'defaultMode'], source.defaultMode);
  for (const { path, value } of itemsOf(source, sourcePath, 'items')) {
    checkMode(ctx, [...path, 'mode'], value.mode);
    const file = value.path;
    if (typeof file !== 'string' || file === '') continue;
    const problem = file.startsWith('/') ? 'must be a relative path' : file.split('/').includes('..') ? "must not contain '..'" : undefined;
    if (problem) ctx.report({ path: [...path, 'path'], at: 'value', message: `Invalid value: ${JSON.stringify(file)}: ${problem} (the file goes inside the volume's directory)` });
  }
}

export const invalidVolumeFile: ObjectRule = {
  meta: {
    id: 'invalid-volume-file',
    severity: 'error',
    description: "A configMap, secret, downwardAPI or projected volume file path outside the volume's directory, or a file mode outside 0-0777.",
    docs: [
      'These volumes write files into the directory they are mounted at: an item `path` must be',
      "relative and may not contain `..` (`Invalid value: \"../etc/passwd\": must not contain '..'`), and",
      '`mode`/`defaultMode` are permission bits, `0`-`0777`. Write the mode in octal (`0644`): a',
      'decimal `644` is `0o1204`, out of range; `420` is the decimal form of `0644`.',
      '',
      'Wrong:',
      '```yaml',
      'configMap:',
      '  name: app',
      '  defaultMode: 644',
      '  items: [{key: app.conf, path: ../conf/app.conf}]',
      '```',
      'Right:',
      '```yaml',
      'configMap:',
      '  name: app',
      '  defaultMode: 0644',
      '  items: [{key: app.conf, path: conf/app.conf}]',
      '```',
    ].join('\n'),
    source: 'validateKeyToPath, validateDownwardAPIVolumeFile, ValidateLocalNonReservedPath and the defaultMode checks in pkg/apis/core/validation/validation.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const volume of itemsOf(pod.value, pod.path, 'volumes')) {
        for (const kind of SOURCES) {
          const source = volume.value[kind];
          if (isPlainObject(source)) checkItems(ctx, source, [...volume.path, kind]);
        }
        const projected = volume.value.projected;
        if (!isPlainObject(projected)) continue;
        checkMode(ctx, [...volume.path, 'projected', 'defaultMode'], projected.defaultMode);
        for (const { path, value } of itemsOf(projected, [...volume.path, 'projected'], 'sources')) {
          for (const kind of SOURCES) {
            const source = value[kind];
            if (isPlainObject(source)) checkItems(ctx, source, [...path, kind]);
          }
        }
      }
    }
  },
};
