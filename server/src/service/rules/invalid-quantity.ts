import { replaceScalar } from '../fixes/edits';
import { valueAt } from '../model/path';
import { fieldName, schemaErrors } from './schemaErrors';
import type { Fix, ObjectRule } from './types';

/** What `1GB`, `512mb`, `2 Gi`, `1gi` were meant to say. */
function repairs(value: string): { value: string; note: string; safe: boolean }[] {
  const compact = value.replace(/\s+/g, '');
  const m = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))([a-zA-Z]*)$/.exec(compact);
  if (!m) return [];
  const [, num, unit] = m;
  const binary: Record<string, string> = { ki: 'Ki', mi: 'Mi', gi: 'Gi', ti: 'Ti', pi: 'Pi', ei: 'Ei' };
  const lower = unit.toLowerCase();
  if (binary[lower]) return [{ value: num + binary[lower], note: '', safe: true }];
  if (compact !== value && /^([KMGTPE]i|[numkMGTPE])?$/.test(unit)) return [{ value: compact, note: '', safe: true }];
  const bytes = /^([kmgtpe])i?b$/.exec(lower);
  if (bytes) {
    const letter = bytes[1].toUpperCase();
    return [
      { value: `${num}${letter}i`, note: ` (2^${10 * ('KMGTPE'.indexOf(letter) + 1)} bytes)`, safe: false },
      { value: `${num}${letter === 'K' ? 'k' : letter}`, note: ` (10^${3 * ('KMGTPE'.indexOf(letter) + 1)} bytes)`, safe: false },
    ];
  }
  return [];
}

export const invalidQuantity: ObjectRule = {
  meta: {
    id: 'invalid-quantity',
    severity: 'error',
    description: 'A resource quantity (cpu, memory, storage) that is not a Kubernetes quantity.',
    docs: [
      'Quantities are a number with an optional suffix: binary `Ki Mi Gi Ti Pi Ei` (powers of 1024),',
      'decimal `k M G T P E` (powers of 1000) or `m` (thousandths, mostly for cpu), or an exponent',
      '(`1e3`). `1GB`, `512mb` or `2 Gi` are rejected:',
      "`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`.",
      'Mind the case: `512m` memory is half a byte (fractional-byte-quantity warns), `512M` is 512 megabytes, `512Mi` is 512 mebibytes.',
      '',
      'Wrong:',
      '```yaml',
      'resources:',
      '  limits:',
      '    memory: 1GB',
      '```',
      'Right:',
      '```yaml',
      'resources:',
      '  limits:',
      '    memory: 1Gi',
      '```',
    ].join('\n'),
    source: 'k8s.io/apimachinery/pkg/api/resource ParseQuantity (ErrFormatWrong)',
    scope: 'workload',
  },
  check(ctx) {
    for (const err of schemaErrors(ctx, 'pattern')) {
      if (!err.location?.schema['x-kubernetes-quantity']) continue;
      const value = String(valueAt(ctx.object.value, err.path));
      const options = repairs(value);
      const fixes: Fix[] = [];
      for (const o of options) {
        const edit = replaceScalar(ctx.document, err.path, o.value);
        if (edit) fixes.push({ title: `Change to "${o.value}"${o.note}`, edits: [edit], isPreferred: o.safe, safe: o.safe });
      }
      const hint = options.length
        ? `; did you mean ${options.map((o) => `"${o.value}"${o.note}`).join(' or ')}?`
        : ' (a number with an optional suffix such as m, Mi or Gi)';
      ctx.report({
        path: err.path,
        at: 'value',
        message: `Invalid value ${JSON.stringify(value)} for ${fieldName(err.path)}: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'${hint}`,
        fixes,
      });
    }
  },
};
