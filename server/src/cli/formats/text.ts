import type { Severity } from '../../service';
import { paint, Paint } from '../color';
import { ruleOf, severityOf } from '../diagnostics';
import { summaryText } from '../summary';
import type { Formatter } from './report';

const COLOR_OF: Record<Severity, keyof Paint> = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' };

/** `file:line:col severity message (rule)`, one problem a line (1-based, like compilers print them). */
export const formatText: Formatter = (report) => {
  const p = paint(report.color);
  let stdout = '';
  let stderr = '';
  for (const r of report.results) {
    if (r.skipped) stderr += `podlint: ${r.file}: skipped, ${r.skipped}\n`;
    for (const d of r.diagnostics) {
      const severity = severityOf(d);
      const where = `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      stdout += `${p.bold(where)} ${p[COLOR_OF[severity]](severity)} ${d.message} ${p.dim(`(${ruleOf(d)})`)}\n`;
    }
  }
  if (report.summary) {
    const text = summaryText(report.summary);
    stdout += (stdout ? '\n' : '') + (report.color ? p.bold(text.trimEnd()) + '\n' : text);
  }
  return { stdout, stderr };
};
