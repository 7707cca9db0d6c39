import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../service';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** LSP DiagnosticSeverity (1-4) to podlint's severity names. */
export function severityOf(d: Diagnostic): Severity {
  return SEVERITIES[(d.severity ?? 1) - 1] ?? 'error';
}

/** The object path podlint puts in `data`, e.g. `spec.containers[0].image`. */
export function objectPathOf(d: Diagnostic): string {
  return (d.data as { path?: string } | undefined)?.path ?? '';
}

export function ruleOf(d: Diagnostic): string {
  return String(d.code ?? '');
}
