import { RULE_LEVELS, RuleLevel, Settings } from './service';

/** The `podlint.*` settings of the editor, checked: a bad value falls back to the default. */
export interface UserSettings extends Settings {
  readonly enable: boolean;
}

export function readUserSettings(raw: unknown): UserSettings {
  const obj = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, RuleLevel> = {};
  if (obj.rules !== null && typeof obj.rules === 'object') {
    for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (typeof level === 'string' && (RULE_LEVELS as readonly string[]).includes(level)) rules[id] = level as RuleLevel;
    }
  }
  return {
    enable: obj.enable !== false,
    kubernetesVersion: typeof obj.kubernetesVersion === 'string' ? obj.kubernetesVersion : undefined,
    rules,
  };
}
