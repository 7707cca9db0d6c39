/** Kubernetes minor versions as podlint names them: `1.29`, `1.36`. */
export const KUBERNETES_VERSION_PATTERN = /^1\.\d{1,3}$/;

/** Orders `1.9` < `1.29` < `1.36` (numerically, not as text). */
export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** True when `version` is `minimum` or newer: for rules that depend on when a feature arrived. */
export function versionAtLeast(version: string, minimum: string): boolean {
  return compareVersions(version, minimum) >= 0;
}

/** `1.35` follows `1.34`: true when nothing lies between two minors. */
export function isNextMinor(previous: string, next: string): boolean {
  const [pMajor, pMinor] = previous.split('.').map(Number);
  const [nMajor, nMinor] = next.split('.').map(Number);
  return pMajor === nMajor && nMinor === pMinor + 1;
}
