import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

/**
 * kubectl reads manifests with go-yaml v2 (through sigs.k8s.io/yaml), which resolves plain
 * scalars by YAML 1.1 rules: `yes`/`no`/`on`/`off`/`y`/`n` are booleans and `0644` is octal.
 * Checking with those rules is what lets podlint say that `value: yes` is not a string.
 * go-yaml has no sexagesimal numbers, so `10:30` stays a string here too.
 */
export const KUBERNETES_YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  // Duplicate keys are found in linear time by duplicateKeys.ts; the parser's own check is quadratic.
  uniqueKeys: false,
  prettyErrors: false,
  customTags: (tags) => tags.filter((t) => !(typeof t === 'object' && t.format === 'TIME')),
};
