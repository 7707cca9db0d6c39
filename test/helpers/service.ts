import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import { getLanguageService, Settings } from '../../server/src/service';

export const service = getLanguageService();

/** Strips the common indentation of a template literal, so manifests can be written inline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function diagnose(text: string, settings?: Settings): Diagnostic[] {
  return service.validate(service.parse(text), settings);
}

/** Errors and warnings only: what a test of the schema or of versions is about, without the information-level best-practice findings. */
export function problems(text: string, settings?: Settings): Diagnostic[] {
  return diagnose(text, settings).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
}

/** `3:5-3:18`: 1-based line:column of a range's start and end, for exact and readable assertions. */
export function at(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

export interface Found {
  readonly at: string;
  readonly message: string;
  readonly path: string;
}

/** The findings of one rule on a text. */
export function findings(text: string, rule: string, settings?: Settings): Found[] {
  return diagnose(text, settings)
    .filter((d) => d.code === rule)
    .map((d) => ({ at: at(d.range), message: d.message, path: (d.data as { path: string }).path }));
}

/** Applies, in one pass, the first (or the preferred) quick fix of every finding of `rule`. */
export function applyFixes(text: string, rule: string, settings?: Settings): string {
  const uri = 'file:///test.yaml';
  const file = service.parse(text);
  const diagnostics = service.validate(file, settings).filter((d) => d.code === rule);
  const edits = diagnostics.flatMap((d) => {
    const actions = service.codeActions(file, { uri, range: d.range, diagnostics: [d], only: ['quickfix'] }, settings);
    const chosen = actions.find((a) => a.isPreferred) ?? actions[0];
    return chosen?.edit?.changes?.[uri] ?? [];
  });
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits);
}
