import type { Severity } from '../service';
import { ruleOf, severityOf } from './diagnostics';
import type { FileResult } from './lint';

export interface RuleCount {
  readonly rule: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface Summary {
  /** Most severe first, then most frequent, then by rule id. */
  readonly rules: readonly RuleCount[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Files checked (skipped files not included). */
  readonly files: number;
  readonly skipped: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function summarize(results: readonly FileResult[]): Summary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  // A rule can have different severities in different directories (.podlint.yaml), so count per pair.
  const byRule = new Map<string, RuleCount>();
  for (const r of results) {
    for (const d of r.diagnostics) {
      const severity = severityOf(d);
      counts[severity]++;
      const key = `${ruleOf(d)}\0${severity}`;
      const prev = byRule.get(key);
      byRule.set(key, { rule: ruleOf(d), severity, count: (prev?.count ?? 0) + 1 });
    }
  }
  const rules = [...byRule.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const skipped = results.filter((r) => r.skipped).length;
  return { rules, counts, files: results.length - skipped, skipped };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The summary for people: one line per rule, then the totals. */
export function summaryText(s: Summary): string {
  const width = Math.max(0, ...s.rules.map((r) => String(r.count).length));
  const lines = s.rules.map((r) => `${String(r.count).padStart(width)}  ${r.severity.padEnd(11)}  ${r.rule}`);
  const total = s.counts.error + s.counts.warning + s.counts.information + s.counts.hint;
  const parts = [plural(s.counts.error, 'error'), plural(s.counts.warning, 'warning')];
  if (s.counts.information) parts.push(`${s.counts.information} information`);
  if (s.counts.hint) parts.push(plural(s.counts.hint, 'hint'));
  let last = `${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(s.files, 'file')}`;
  if (s.skipped) last += `, ${s.skipped} skipped`;
  return [...lines, last].join('\n') + '\n';
}
