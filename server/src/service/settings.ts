import type { Severity } from './rules/types';

export type RuleLevel = Severity | 'off';

/** What the user configured: from VS Code settings, `.podlint.yaml` or CLI flags. */
export interface Settings {
  /** Kubernetes minor version to validate against (`1.36`); the newest bundled one by default. */
  readonly kubernetesVersion?: string;
  /** Per-rule severity overrides; `off` disables a rule. */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
}

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'hint', 'information', 'warning', 'error'];
