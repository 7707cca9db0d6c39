import type { Severity } from '../../service';
import { ruleOf, severityOf } from '../diagnostics';
import { summaryText } from '../summary';
import { Formatter, relativePath } from './report';

/**
 * GitHub Actions workflow commands: `::error file=...,line=...::message` lines become annotations
 * on the pull request's diff. Escaping as the runner unescapes (actions/toolkit, command.ts):
 * `%`, CR and LF in the message; additionally `:` and `,` in property values.
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// Actions has three annotation levels; information and hints are notices.
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export const formatGithub: Formatter = (report) => {
  let stdout = '';
  let stderr = '';
  for (const r of report.results) {
    // Paths relative to the working directory: the job runs in the checkout, and GitHub matches
    // annotation paths against the repository's files.
    const file = relativePath(r, report.cwd) ?? r.file;
    // A skipped chart template is not a finding on the diff: say so in the log only.
    if (r.skipped) stderr += `podlint: ${file}: skipped, ${r.skipped}\n`;
    for (const d of r.diagnostics) {
      const { start, end } = d.range;
      const props = [`file=${escapeProperty(file)}`, `line=${start.line + 1}`];
      // Columns only mean something on a single line (GitHub ignores them otherwise); endColumn is
      // the last column underlined, 1-based, where the LSP end is the exclusive 0-based one.
      if (start.line === end.line) props.push(`col=${start.character + 1}`);
      props.push(`endLine=${end.line + 1}`);
      if (start.line === end.line) props.push(`endColumn=${Math.max(end.character, start.character + 1)}`);
      props.push(`title=${escapeProperty(`podlint (${ruleOf(d)})`)}`);
      stdout += `::${COMMAND[severityOf(d)]} ${props.join(',')}::${escapeData(d.message)}\n`;
    }
  }
  if (report.summary) stdout += summaryText(report.summary);
  return { stdout, stderr };
};
