import { pathToFileURL } from 'node:url';
import type { Severity } from '../../service';
import { objectPathOf, ruleOf, severityOf } from '../diagnostics';
import { summaryText } from '../summary';
import { fileUri, Formatter } from './report';

/** The OASIS SARIF 2.1.0 schema (the final, rtm.5 version). */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

// SARIF levels: error, warning, note (and none). Information and hints are notes.
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function directoryUrl(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * SARIF 2.1.0 for code scanning (GitHub's upload-sarif, Azure DevOps, VS Code's SARIF viewer).
 * `tool.driver.rules` lists the rules that have results, in order of first appearance, with their
 * metadata; each result points to its rule by id and index. Regions are 1-based with the end column
 * exclusive, and columns count UTF-16 code units (`columnKind`), the same as LSP positions.
 * Locations are relative to the working directory, declared as `%SRCROOT%`.
 */
export const formatSarif: Formatter = (report) => {
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const results: object[] = [];
  const notifications: object[] = [];
  let stderr = '';
  for (const r of report.results) {
    const uri = fileUri(r, report.cwd);
    const artifactLocation = uri.includes(':') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
    if (r.skipped) {
      // Machine-readable for SARIF viewers, and in the job's log for people.
      notifications.push({ level: 'note', message: { text: `skipped, ${r.skipped}` }, locations: [{ physicalLocation: { artifactLocation } }] });
      stderr += `podlint: ${r.file}: skipped, ${r.skipped}\n`;
    }
    for (const d of r.diagnostics) {
      const id = ruleOf(d);
      let index = ruleIndex.get(id);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(id, index);
        const meta = report.rules.get(id);
        rules.push({
          id,
          ...(meta ? { shortDescription: { text: meta.description } } : {}),
          ...(d.codeDescription ? { helpUri: d.codeDescription.href } : {}),
          // Code scanning shows `help` beside each alert: the rule's documentation, why and how to fix.
          ...(meta ? { help: { text: meta.docs, markdown: meta.docs } } : {}),
          defaultConfiguration: { level: LEVEL[meta?.severity ?? 'error'] },
        });
      }
      const { start, end } = d.range;
      const path = objectPathOf(d);
      results.push({
        ruleId: id,
        ruleIndex: index,
        level: LEVEL[severityOf(d)],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
            ...(path ? { logicalLocations: [{ fullyQualifiedName: path, kind: 'member' }] } : {}),
          },
        ],
      });
    }
  }
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'podlint', version: report.version, semanticVersion: report.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUrl(report.cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: report.complete, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        results,
      },
    ],
  };
  return { stdout: `${JSON.stringify(sarif, null, 2)}\n`, stderr: stderr + (report.summary ? summaryText(report.summary) : '') };
};
