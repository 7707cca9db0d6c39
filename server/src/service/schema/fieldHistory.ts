import { compareVersions, isNextMinor } from '../util/kubernetesVersion';

/** One bundled Kubernetes version, as listed in schemas/index.json. */
export interface VersionEntry {
  readonly kubernetes: string;
  readonly source: string;
  /** The version whose generated schema this one is derived from; absent for a full schema. */
  readonly base?: string;
  readonly removed?: Readonly<Record<string, readonly string[]>>;
  readonly added?: Readonly<Record<string, readonly string[]>>;
  /** `definition#field` -> the feature gate, for fields this version has but keeps off by default
   *  (listed in `removed` as well). */
  readonly offByDefault?: Readonly<Record<string, string>>;
}

/** When a field the target version lacks appeared, as far as the bundled versions tell. */
export interface FieldIntroduction {
  /** The oldest bundled version that has the field. */
  readonly since: string;
  /** The newest bundled version before `since` that lacks it (the target itself, or newer). */
  readonly after: string;
  /** The target version has the field behind this feature gate, off by default. */
  readonly gate?: string;
}

const has = (entry: VersionEntry, definition: string, field: string): boolean => !entry.removed?.[definition]?.includes(field);

/**
 * The first bundled version after `target` that has `definition.field`, or undefined when none
 * does (then the field is simply unknown) or the target has it already.
 */
export function fieldIntroduction(
  versions: readonly VersionEntry[],
  target: string,
  definition: string,
  field: string,
): FieldIntroduction | undefined {
  const sorted = [...versions].sort((a, b) => compareVersions(a.kubernetes, b.kubernetes));
  const at = sorted.findIndex((v) => v.kubernetes === target);
  if (at === -1 || has(sorted[at], definition, field)) return undefined;
  for (let i = at + 1; i < sorted.length; i++) {
    if (has(sorted[i], definition, field)) {
      const gate = sorted[at].offByDefault?.[`${definition}#${field}`];
      return { since: sorted[i].kubernetes, after: sorted[i - 1].kubernetes, ...(gate ? { gate } : {}) };
    }
  }
  return undefined;
}

/** "requires Kubernetes 1.34 or later", or, when a minor is not bundled, what is known for sure. */
export function describeIntroduction(intro: FieldIntroduction): string {
  const needs = isNextMinor(intro.after, intro.since)
    ? `requires Kubernetes ${intro.since} or later`
    : `requires a Kubernetes version newer than ${intro.after} (it is in ${intro.since})`;
  return intro.gate ? `${needs} (before, only with the ${intro.gate} feature gate enabled)` : needs;
}
