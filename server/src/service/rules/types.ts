import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument, KubernetesObject } from '../model/parsedDocument';
import type { ParsedFile } from '../model/parsedFile';
import type { Path } from '../model/path';
import type { PodSpecModel } from '../model/podModel';
import type { AjvError, KubernetesSchema } from '../schema/schemaStore';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RuleMeta {
  /** Stable, kebab-case; the diagnostic's `code` and the name used in settings and suppressions. */
  readonly id: string;
  /** error: the API server rejects the object; warning: accepted but fails or misbehaves at run time,
   *  or the API server warns; information: best practice. */
  readonly severity: Severity;
  /** One line, for settings UIs and rule lists. */
  readonly description: string;
  /** Markdown: why it matters, then a wrong and a right example. */
  readonly docs: string;
  /** The Kubernetes source the rule mirrors (function and file), or the spec it follows. */
  readonly source: string;
  /** `yaml` rules see any document that is meant to be a Kubernetes object; `object` rules see
   *  documents that parsed cleanly into an object with apiVersion and kind; `workload` rules see only
   *  the pod-bearing kinds the schema knows (Pod, Deployment, Job, ...), never a Service or a CRD;
   *  `file` rules see the whole file once (its leading comments), whatever its documents are. */
  readonly scope: 'yaml' | 'object' | 'workload' | 'file';
}

/** A fix in the coordinates of one YAML document. `safe` fixes are applied by fix-all and `--fix`. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly isPreferred?: boolean;
  readonly safe?: boolean;
}

export interface Report {
  /** The object path the finding is about; printed by the CLI (`spec.containers[1].ports[0]`). */
  readonly path: Path;
  /** What to underline: the entry's key, its value, or (default) the key of a mapping entry and
   *  the name of a list item. Ignored when `range` is given. */
  readonly at?: 'key' | 'value' | 'anchor';
  readonly range?: Range;
  readonly message: string;
  readonly fixes?: readonly Fix[];
}

/** What a rule reported, in the coordinates of its YAML document. */
export interface Finding {
  readonly rule: string;
  readonly path: Path;
  readonly range: Range;
  readonly message: string;
  readonly fixes: readonly Fix[];
}

export interface YamlRuleContext {
  readonly document: ParsedDocument;
  /** The ids of the rules being run (suppression comments may name only these). */
  readonly ruleIds: ReadonlySet<string>;
  report(report: Report): void;
}

export interface ObjectRuleContext extends YamlRuleContext {
  readonly object: KubernetesObject;
  readonly podSpecs: readonly PodSpecModel[];
  readonly schema: KubernetesSchema;
  /** The Kubernetes minor version the object is checked against (`1.33`): compare it with
   *  `versionAtLeast` (util/kubernetesVersion) to gate a check on when a feature arrived. */
  readonly kubernetesVersion: string;
  /** The schema validator's errors for this object, computed once and shared by the schema rules. */
  schemaErrors(): readonly AjvError[];
}

export interface YamlRule {
  readonly meta: RuleMeta & { readonly scope: 'yaml' };
  check(ctx: YamlRuleContext): void;
}

export interface ObjectRule {
  readonly meta: RuleMeta & { readonly scope: 'object' | 'workload' };
  check(ctx: ObjectRuleContext): void;
}

export interface FileRuleContext {
  readonly file: ParsedFile;
  /** Every bundled Kubernetes version, oldest first. */
  readonly kubernetesVersions: readonly string[];
  /** The version the file is checked against. */
  readonly kubernetesVersion: string;
  /** Ranges are in file coordinates. */
  report(report: Report & { readonly range: Range }): void;
}

export interface FileRule {
  readonly meta: RuleMeta & { readonly scope: 'file' };
  check(ctx: FileRuleContext): void;
}

export type Rule = YamlRule | ObjectRule | FileRule;
