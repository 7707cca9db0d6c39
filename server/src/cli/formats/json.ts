import { objectPathOf, ruleOf, severityOf } from '../diagnostics';
import type { Formatter } from './report';

/**
 * The documented schema, version 1: `{"version":1,"results":[{"file","diagnostics":[{"rule",
 * "severity","message","range","path"}]}]}` with 0-based LSP ranges. Skipped files carry `skipped`
 * (the reason) and no diagnostics; `summary` is present with --summary. Fields are only ever added.
 */
export const formatJson: Formatter = (report) => {
  const json = {
    version: 1,
    results: report.results.map((r) => ({
      file: r.file,
      ...(r.skipped ? { skipped: r.skipped } : {}),
      diagnostics: r.diagnostics.map((d) => ({
        rule: ruleOf(d),
        severity: severityOf(d),
        message: d.message,
        range: d.range,
        path: objectPathOf(d),
      })),
    })),
    ...(report.summary ? { summary: report.summary } : {}),
  };
  return { stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: '' };
};
