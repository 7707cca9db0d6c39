import type { ParsedDocument } from '../model/parsedDocument';
import type { KubernetesSchema, AjvError } from '../schema/schemaStore';
import { isSuppressed, readSuppressions } from '../model/suppressions';
import { markSharedEdits } from '../fixes/sharedAnchors';
import { locate } from './locate';
import type { ParsedFile } from '../model/parsedFile';
import type { FileRule, Finding, ObjectRule, ObjectRuleContext, Report, Rule, YamlRule, YamlRuleContext } from './types';

/**
 * Runs every rule over one YAML document. Findings depend only on the document's text and the
 * schema version, so they are memoised on the parsed document: an edit elsewhere in the file
 * re-checks nothing here.
 */
export function checkDocument(doc: ParsedDocument, schema: KubernetesSchema, rules: readonly Rule[]): readonly Finding[] {
  const memo = findingsMemo.get(doc);
  const cached = memo?.get(schema.version);
  if (cached) return cached;
  const comments = readSuppressions(doc);
  const all = runRules(doc, schema, rules);
  const findings = comments.length ? all.filter((f) => !isSuppressed(comments, f.rule, f.range.start.line)) : all;
  if (memo) memo.set(schema.version, findings);
  else findingsMemo.set(doc, new Map([[schema.version, findings]]));
  return findings;
}

const findingsMemo = new WeakMap<ParsedDocument, Map<string, readonly Finding[]>>();

function runRules(doc: ParsedDocument, schema: KubernetesSchema, rules: readonly Rule[]): Finding[] {
  if (!doc.looksKubernetes) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let ruleId = '';
  const report = (r: Report): void => {
    const range = r.range ?? locate(doc, r.path, r.at);
    const key = `${ruleId}|${range.start.line}:${range.start.character}|${r.message}`;
    if (seen.has(key)) return; // one diagnostic per problem, even when a value is reached twice through an alias
    seen.add(key);
    findings.push({ rule: ruleId, path: r.path, range, message: r.message, fixes: markSharedEdits(doc, r.fixes ?? []) });
  };
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  const yamlCtx: YamlRuleContext = { document: doc, report, ruleIds };
  let objectCtx: ObjectRuleContext | undefined;
  const object = doc.object;
  const isWorkload = object !== undefined && schema.kindDefinition(object.apiVersion, object.kind) !== undefined;
  if (object) {
    let errors: AjvError[] | undefined;
    objectCtx = {
      document: doc,
      report,
      ruleIds,
      object,
      podSpecs: doc.podSpecs,
      schema,
      kubernetesVersion: schema.version,
      schemaErrors: () => (errors ??= schema.validate(object.apiVersion, object.kind, object.value) ?? []),
    };
  }
  for (const rule of rules) {
    ruleId = rule.meta.id;
    try {
      if (rule.meta.scope === 'file') continue; // run once per file, by checkFile
      if (rule.meta.scope === 'yaml') (rule as YamlRule).check(yamlCtx);
      else if (objectCtx && (rule.meta.scope === 'object' || isWorkload)) (rule as ObjectRule).check(objectCtx);
    } catch (e) {
      // A bug in one rule must not hide the others' findings, nor take the server down.
      report({ path: [], message: `podlint: rule "${ruleId}" failed on this document: ${(e as Error).message}` });
    }
  }
  return findings;
}

/** Runs the `file` rules over a whole file: findings in file coordinates, memoised per parse and version. */
export function checkFile(file: ParsedFile, kubernetesVersion: string, kubernetesVersions: readonly string[], rules: readonly Rule[]): readonly Finding[] {
  const memo = fileMemo.get(file);
  const cached = memo?.get(kubernetesVersion);
  if (cached) return cached;
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.meta.scope !== 'file') continue;
    const id = rule.meta.id;
    (rule as FileRule).check({
      file,
      kubernetesVersion,
      kubernetesVersions,
      report: (r) => findings.push({ rule: id, path: r.path, range: r.range, message: r.message, fixes: r.fixes ?? [] }),
    });
  }
  if (memo) memo.set(kubernetesVersion, findings);
  else fileMemo.set(file, new Map([[kubernetesVersion, findings]]));
  return findings;
}

const fileMemo = new WeakMap<ParsedFile, Map<string, readonly Finding[]>>();
