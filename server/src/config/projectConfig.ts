import fs from 'node:fs';
import path from 'node:path';
import { isScalar, parseDocument } from 'yaml';
import { KUBERNETES_VERSION_PATTERN, RULE_LEVELS, RuleLevel, Settings, unsupportedVersionMessage } from '../service';

export const CONFIG_FILE_NAMES = ['.podlint.yaml', '.podlint.yml'] as const;

/** A `.podlint.yaml`, read and checked. Problems are reported, never thrown: a bad config must not stop linting. */
export interface ProjectConfig {
  readonly file: string;
  readonly settings: Settings;
  /** What is wrong in the file, as `file:line: message` lines for the user. */
  readonly problems: readonly string[];
}

/** The nearest config file at or above `dir` (like .editorconfig or .eslintrc lookup), if any. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Parses a config file's text. Schema:
 *   kubernetesVersion: "1.33"          # optional
 *   rules: { rule-id: off|hint|information|warning|error }
 */
export function parseProjectConfig(
  file: string,
  text: string,
  knownRules: ReadonlySet<string>,
  /** The bundled Kubernetes versions; another version is reported and ignored. */
  knownVersions?: readonly string[],
): ProjectConfig {
  const problems: string[] = [];
  const doc = parseDocument(text, { prettyErrors: false });
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : text.slice(0, offset).split('\n').length);
  for (const e of doc.errors) problems.push(`${file}:${lineOf(e.pos[0])}: ${e.message}`);
  if (doc.errors.length) return { file, settings: {}, problems };
  const raw: unknown = doc.toJS();
  if (raw === null || raw === undefined) return { file, settings: {}, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { file, settings: {}, problems: [`${file}:1: expected a mapping with "rules" and/or "kubernetesVersion"`] };
  }
  const obj = raw as Record<string, unknown>;
  const settings: { kubernetesVersion?: string; rules?: Record<string, RuleLevel> } = {};
  for (const key of Object.keys(obj)) {
    if (key !== 'rules' && key !== 'kubernetesVersion') problems.push(`${file}: unknown key "${key}" (expected "rules" or "kubernetesVersion")`);
  }
  if (obj.kubernetesVersion !== undefined) {
    // Read the text as written: unquoted, 1.30 would be the number 1.3.
    const node = doc.get('kubernetesVersion', true);
    const v = isScalar(node) && node.source !== undefined ? node.source : String(obj.kubernetesVersion);
    if (!KUBERNETES_VERSION_PATTERN.test(v)) {
      problems.push(`${file}: kubernetesVersion must be a Kubernetes minor version such as "1.33", got ${JSON.stringify(v)}`);
    } else if (knownVersions && !knownVersions.includes(v)) {
      problems.push(`${file}: kubernetesVersion: ${unsupportedVersionMessage(v, knownVersions)}`);
    } else settings.kubernetesVersion = v;
  }
  if (obj.rules !== undefined) {
    if (obj.rules === null || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) {
      problems.push(`${file}: "rules" must be a mapping of rule id to severity`);
    } else {
      settings.rules = {};
      for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!knownRules.has(id)) problems.push(`${file}: unknown rule "${id}"`);
        else if (typeof level !== 'string' || !(RULE_LEVELS as readonly string[]).includes(level)) {
          problems.push(`${file}: rule "${id}": severity must be one of ${RULE_LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
        } else settings.rules[id] = level as RuleLevel;
      }
    }
  }
  return { file, settings, problems };
}

/** Reads the config that applies to a manifest at `manifestPath`, if there is one. */
export function loadProjectConfig(
  manifestPath: string,
  knownRules: ReadonlySet<string>,
  knownVersions?: readonly string[],
): ProjectConfig | undefined {
  const file = findConfigFile(path.dirname(path.resolve(manifestPath)));
  if (!file) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, settings: {}, problems: [`${file}: cannot read: ${(e as Error).message}`] };
  }
  return parseProjectConfig(file, text, knownRules, knownVersions);
}

/** Later layers win: editor or built-in defaults, then the project's `.podlint.yaml`, then command-line flags. */
export function mergeSettings(...layers: (Settings | undefined)[]): Settings {
  let kubernetesVersion: string | undefined;
  const rules: Record<string, RuleLevel> = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.kubernetesVersion) kubernetesVersion = layer.kubernetesVersion;
    Object.assign(rules, layer.rules);
  }
  return { kubernetesVersion, rules };
}
