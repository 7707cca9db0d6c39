// Keeps `npm run bench` from rotting: the generator, the LSP driver against both servers, the
// micro benchmark and the report run here on tiny sizes. No timing is asserted.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { EDIT_COLUMN, EDIT_LINE, IMAGE_LINE, manifest, mistakeLines, POD_LINES } from '../../bench/generate';
import { measureSize, yamlParseTime } from '../../bench/micro';
import { renderTables, targets } from '../../bench/report';
import type { BenchResult } from '../../bench/run';
import { NO_NETWORK } from '../../bench/lsp';
import { runWorkload, ServerRun, startTimes, Workload } from '../../bench/scenarios';
import { derivePodSchema, podlintSpec, POD_DEFINITION, yamlLanguageServerSpec } from '../../bench/servers';
import { service } from '../helpers/service';

const small = (files: number): Workload => ({
  name: files > 1 ? `${files} files` : '3 pods',
  pods: files > 1 ? 1 : 3,
  files,
  reps: { opens: 1, edits: 2, completions: 1, bursts: 1 },
});

describe('benchmark: generated manifests', () => {
  it('are valid pods except for the planted mistakes, which podlint reports on their lines', () => {
    assert.deepEqual(service.validate(service.parse(manifest(12, false))), []);
    const text = manifest(12);
    assert.equal(text.split('\n').length - 1, 12 * POD_LINES);
    const flagged = service.validate(service.parse(text)).map((d) => d.range.start.line);
    assert.deepEqual(flagged, mistakeLines(12));
    assert.deepEqual(mistakeLines(12), [28, 261, 528]);
  });

  it('put the edited key and the completion line where the benchmark expects them', () => {
    const lines = manifest(3).split('\n');
    assert.equal(lines[POD_LINES + EDIT_LINE].slice(0, EDIT_COLUMN + 1), '      i');
    assert.match(lines[POD_LINES + EDIT_LINE], /^ {6}imagePullPolicy: /);
    assert.match(lines[POD_LINES + IMAGE_LINE], /^ {6}image: /);
  });

  it('give yaml-language-server the Pod definition of podlint\'s own schema', () => {
    const { schema } = derivePodSchema();
    assert.equal(schema.$ref, `#/definitions/${POD_DEFINITION}`);
    const defs = schema.definitions as Record<string, { additionalProperties?: unknown }>;
    assert.equal(defs['io.k8s.api.core.v1.ContainerPort'].additionalProperties, false);
  });
});

describe('benchmark: LSP driver', () => {
  const runs: Record<string, ServerRun> = {};
  const yls = yamlLanguageServerSpec();
  after(() => fs.rmSync(path.dirname(yls.schemaFile), { recursive: true, force: true }));

  it('blocks and reports network access in the servers it runs', () => {
    const script = "require('net').connect(443, 'registry.example').on('error', (e) => console.log(e.message))";
    const out = execFileSync(process.execPath, ['--require', NO_NETWORK, '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.match(out, /network access is disabled by the benchmark/);
  });

  for (const spec of [podlintSpec(), yls]) {
    it(`drives ${spec.name}: every planted mistake reported, edits reflected, no network`, { timeout: 120_000 }, async () => {
      const run = await runWorkload(spec, small(1));
      assert.deepEqual(run.reported, { expected: 1, found: 1, otherLines: 0 });
      assert.equal(run.open.n, 2);
      assert.equal(run.edit.n, 2);
      assert.deepEqual(run.networkAttempts, []);
      assert.ok(run.readyMs > 0 && run.firstDiagnosticsMs >= run.readyMs);
      assert.ok((run.peakRssMb ?? 0) > 10, 'peak RSS read from /proc');
      assert.ok(run.cpuMs.total > 0, 'CPU time read from /proc');
      if (spec.name === 'yaml-language-server') {
        assert.equal(run.completion?.n, 1);
        assert.equal(run.completionRelevant, true, 'completion offers container fields');
      }
      runs[spec.name] = run;
    });
  }

  it('opens many files at once and waits for each one\'s diagnostics', { timeout: 60_000 }, async () => {
    const run = await runWorkload(podlintSpec(), small(6));
    assert.deepEqual(run.reported, { expected: 2, found: 2, otherLines: 0 }, 'pods 0 and 5 carry mistakes');
    assert.equal(run.open.n, 6);
    assert.equal(run.burst?.n, 1);
  });

  it('times fresh starts', { timeout: 60_000 }, async () => {
    const { ready } = await startTimes(podlintSpec(), 1);
    assert.equal(ready.n, 1);
  });

  it('measures the service and renders the report', () => {
    const row = measureSize(service, 2, 1);
    assert.equal(row.lines, 100);
    assert.equal(row.diagnostics, 1);
    const result: BenchResult = {
      version: 1,
      date: '2026-01-01T00:00:00.000Z',
      mode: 'quick',
      machine: { cpus: 2, model: 'test', node: process.version, loadavgBefore: [0], loadavgAfter: [0], note: '' },
      competitor: { name: 'yaml-language-server', version: '0', debounceMs: 200, schema: 's', settings: 's' },
      start: {},
      workloads: [{ name: '1,000 pods', pods: 3, files: 1, lines: 150, reps: small(1).reps, servers: runs }],
      micro: {
        rows: [row],
        fit: { usPerLine: 1, interceptMs: 0, r2: 1 },
        yamlParse: [{ name: '1,000 pods', ...yamlParseTime([manifest(3)], 2) }],
        cold1000: { loadMs: row.total, firstCheckMs: row.total },
      },
    };
    const tables = renderTables(result, 'results/x.json');
    assert.match(tables, /\| 1,000 pods \| 150 \| [\d.]+ \([\d.]+\) \| [\d.]+ \([\d.]+\) \|/);
    assert.ok(targets(result).some((t) => t.what.startsWith('edit → diagnostics vs yaml-language-server, 1,000 pods')));
    // The open comparison says how much faster the yaml parser's own time would allow.
    const open = targets(result).find((t) => t.what === 'open → diagnostics vs yaml-language-server, 1,000 pods');
    assert.match(open?.measured ?? '', /^[\d.]+×; the `yaml` parse alone allows at most [\d.]+×$/);
    assert.match(tables, /\| 1,000 pods \|(?:[^|]*\|){6} [\d.]+ \([\d.]+\) \| [\d.]+× \|/);
  });
});
