import { changeValue } from './changeValue';
import { describeContainer } from '../model/containerFacts';
import { isPlainObject } from '../model/path';
import { parseQuantity, Quantity } from '../util/quantity';
import type { ObjectRule } from './types';

const BYTE_RESOURCES = ['memory', 'ephemeral-storage'];

/** Whether a quantity of bytes has a fraction (`512m` = 0.512 bytes), in exact integers. */
function fractional(q: Quantity): boolean {
  if (q.p10 >= 0) return false;
  return (q.digits * 2n ** BigInt(q.p2)) % 10n ** BigInt(-q.p10) !== 0n;
}

export const fractionalByteQuantity: ObjectRule = {
  meta: {
    id: 'fractional-byte-quantity',
    severity: 'warning',
    description: 'A memory or ephemeral-storage amount with a fraction of a byte: `512m` is 0.512 bytes, not 512 megabytes.',
    docs: [
      'Quantity suffixes are case-sensitive: `m` is milli, so `memory: 512m` asks for half a byte.',
      'The API server accepts it with a warning (`fractional byte value "512m" is invalid, must be an',
      'integer`) and the container then cannot start: no runtime gives a process less than a byte.',
      'Write `512Mi` (mebibytes, 2^20 bytes each) or `512M` (megabytes, 10^6 bytes each).',
      '',
      'Wrong:',
      '```yaml',
      'resources:',
      '  limits: {memory: 512m}',
      '```',
      'Right:',
      '```yaml',
      'resources:',
      '  limits: {memory: 512Mi}',
      '```',
    ].join('\n'),
    source: 'warningsForPodSpecAndMeta in pkg/api/pod/warnings.go (fractional byte value)',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        const resources = c.value.resources;
        if (!isPlainObject(resources)) continue;
        for (const kind of ['requests', 'limits']) {
          const amounts = resources[kind];
          if (!isPlainObject(amounts)) continue;
          for (const resource of BYTE_RESOURCES) {
            const raw = amounts[resource];
            if (typeof raw !== 'string' && typeof raw !== 'number') continue;
            const q = parseQuantity(raw);
            if (!q || !fractional(q)) continue;
            const path = [...c.path, 'resources', kind, resource];
            const meant = /^([0-9.]+)m$/.exec(String(raw).trim());
            const fixes = meant ? ['Mi', 'M'].flatMap((suffix) => changeValue(ctx.document, path, `${meant[1]}${suffix}`)) : [];
            const hint = meant ? `; did you mean "${meant[1]}Mi" (2^20 bytes) or "${meant[1]}M" (10^6 bytes)?` : '';
            ctx.report({ path, at: 'value', message: `fractional byte value ${JSON.stringify(String(raw))} is invalid, must be an integer (${resource} of ${describeContainer(c)})${hint}`, fixes });
          }
        }
      }
    }
  },
};
