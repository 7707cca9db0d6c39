/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource), exactly: a quantity is
 * digits * 10^p10 * 2^p2, compared with big integers so `1Gi` vs `1073741824` or `0.5` vs `500m`
 * are never off by a rounding error.
 */
export interface Quantity {
  readonly digits: bigint;
  readonly p10: number;
  readonly p2: number;
}

const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

export function parseQuantity(text: string | number): Quantity | undefined {
  const s = String(text).trim();
  const m = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, whole, frac = '', suffix] = m;
  let p10 = -frac.length;
  let p2 = 0;
  if (suffix in BINARY) p2 = BINARY[suffix];
  else if (suffix in DECIMAL) p10 += DECIMAL[suffix];
  else {
    const e = /^[eE]([+-]?[0-9]+)$/.exec(suffix);
    if (!e) return undefined;
    p10 += Number(e[1]);
  }
  const digits = BigInt(`${whole}${frac}` || '0');
  return { digits: sign === '-' ? -digits : digits, p10, p2 };
}

/** -1, 0 or 1, as Quantity.Cmp. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const p10 = Math.min(a.p10, b.p10);
  const p2 = Math.min(a.p2, b.p2);
  const scale = (q: Quantity): bigint => q.digits * 10n ** BigInt(q.p10 - p10) * 2n ** BigInt(q.p2 - p2);
  const x = scale(a);
  const y = scale(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
