/**
 * What the benchmark does to a server: open files and wait for their diagnostics, type one
 * character and wait for the diagnostics that reflect it, ask for completions; every operation
 * repeated, timed from the client's side, with the server's CPU time and peak RSS from /proc.
 */
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { EDIT_COLUMN, EDIT_LINE, IMAGE_LINE, manifest, middlePod, MISTAKE_LINE, mistakeLines, pod, POD_LINES, podMistakeLines } from './generate';
import { BenchServer, ServerSpec } from './lsp';
import { round, Stats, stats } from './stats';

export interface Reps {
  readonly opens: number;
  /** Even, so the file ends as it started. */
  readonly edits: number;
  readonly completions: number;
  /** Times the 200 small files are opened together. */
  readonly bursts: number;
}

export interface Workload {
  readonly name: string;
  readonly pods: number;
  /** 1: one file of `pods` pods; more: that many one-pod files. */
  readonly files: number;
  readonly reps: Reps;
}

export interface ServerRun {
  readonly readyMs: number;
  /** Spawn to the diagnostics of a first one-pod file: start, schema loading and a first check. */
  readonly firstDiagnosticsMs: number;
  /** didOpen to its diagnostics (for many files: each file's, all opened at once). */
  readonly open: Stats;
  /** All files opened at once: first didOpen to the last file's diagnostics. */
  readonly burst?: Stats;
  readonly edit: Stats;
  readonly completion?: Stats;
  /** Completion offered the container fields expected at the position. */
  readonly completionRelevant?: boolean;
  /** How many items the last completion offered. */
  readonly completionItems?: number;
  readonly cpuMs: { perOpen: number; perEdit: number; perCompletion?: number; total: number };
  readonly peakRssMb: number | undefined;
  /** RSS once the first file (or the first burst of files) has its diagnostics: one copy of the workload in memory. */
  readonly rssOpenMb: number | undefined;
  /** Lines with a diagnostic after opening the file (single-file workloads). */
  readonly reported: { expected: number; found: number; otherLines: number };
  readonly networkAttempts: string[];
}

const hasLine = (line: number) => (d: Diagnostic[]) => d.some((x) => x.range.start.line === line);
const hasAll = (lines: number[]) => (d: Diagnostic[]) => lines.every((l) => d.some((x) => x.range.start.line === l));

function cpuDelta(server: BenchServer, since: number | undefined, count: number): number {
  const now = server.cpuMs();
  return now === undefined || since === undefined ? NaN : round((now - since) / count);
}

async function start(spec: ServerSpec): Promise<{ server: BenchServer; readyMs: number; firstDiagnosticsMs: number }> {
  const server = new BenchServer(spec);
  const readyMs = await server.initialize();
  // The probe's mistake must be reported: proof the server checks against the schema before any timing.
  const probe = 'file:///bench/probe.yaml';
  await server.open(probe, pod(0, true), hasLine(MISTAKE_LINE.casing));
  const firstDiagnosticsMs = performance.now() - server.spawnedAt;
  await server.close(probe);
  return { server, readyMs: round(readyMs), firstDiagnosticsMs: round(firstDiagnosticsMs) };
}

/** Toggles the first letter of the middle pod's `imagePullPolicy` key: an unknown field, then fixed again. */
async function edits(server: BenchServer, uri: string, text: string, line: number, count: number): Promise<{ samples: number[]; text: string }> {
  const samples: number[] = [];
  let current = text;
  const lines = current.split('\n');
  for (let i = 0; i < count; i++) {
    const broken = lines[line][EDIT_COLUMN] === 'i';
    const ch = broken ? 'I' : 'i';
    lines[line] = lines[line].slice(0, EDIT_COLUMN) + ch + lines[line].slice(EDIT_COLUMN + 1);
    current = lines.join('\n');
    const range = { start: { line, character: EDIT_COLUMN }, end: { line, character: EDIT_COLUMN + 1 } };
    const reflects = broken ? hasLine(line) : (d: Diagnostic[]) => !hasLine(line)(d);
    samples.push(await server.change(uri, i + 2, { range, text: ch }, current, reflects));
  }
  return { samples, text: current };
}

export async function runSingleFile(spec: ServerSpec, w: Workload): Promise<ServerRun> {
  const { server, readyMs, firstDiagnosticsMs } = await start(spec);
  try {
    const text = manifest(w.pods);
    const expected = mistakeLines(w.pods);
    const opens: number[] = [];
    let rssOpenMb: number | undefined;
    let cpu = server.cpuMs();
    for (let r = 0; r < w.reps.opens; r++) {
      const uri = `file:///bench/open-${r}.yaml`;
      opens.push(await server.open(uri, text, hasAll(expected)));
      rssOpenMb ??= server.rssMb();
      await server.close(uri);
    }
    const perOpen = cpuDelta(server, cpu, w.reps.opens);

    const uri = 'file:///bench/edited.yaml';
    opens.push(await server.open(uri, text, hasAll(expected)));
    rssOpenMb ??= server.rssMb();
    const flagged = new Set((server.diagnostics(uri) ?? []).map((d) => d.range.start.line));
    const reported = { expected: expected.length, found: expected.filter((l) => flagged.has(l)).length, otherLines: [...flagged].filter((l) => !expected.includes(l)).length };

    const editLine = middlePod(w.pods) * POD_LINES + EDIT_LINE;
    cpu = server.cpuMs();
    const edited = await edits(server, uri, text, editLine, w.reps.edits);
    const perEdit = cpuDelta(server, cpu, w.reps.edits);

    let completion: Stats | undefined;
    let completionRelevant: boolean | undefined;
    let completionItems: number | undefined;
    let perCompletion: number | undefined;
    if (server.completes && w.reps.completions > 0) {
      // A new, empty line in the app container, as when the user starts typing a field.
      const line = middlePod(w.pods) * POD_LINES + IMAGE_LINE + 1;
      const lines = edited.text.split('\n');
      lines.splice(line, 0, '      ');
      const settled = server.expect(uri, () => true);
      await server.change(uri, w.reps.edits + 2, { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '      \n' }, lines.join('\n'), () => true);
      await settled;
      const samples: number[] = [];
      cpu = server.cpuMs();
      for (let r = 0; r < w.reps.completions; r++) {
        const { ms, labels } = await server.complete(uri, line, 6);
        samples.push(ms);
        completionRelevant = labels.includes('livenessProbe') && labels.includes('workingDir');
        completionItems = labels.length;
      }
      perCompletion = cpuDelta(server, cpu, w.reps.completions);
      completion = stats(samples);
    }
    return {
      readyMs,
      firstDiagnosticsMs,
      open: stats(opens),
      edit: stats(edited.samples),
      completion,
      completionRelevant,
      completionItems,
      cpuMs: { perOpen, perEdit, perCompletion, total: server.cpuMs() ?? NaN },
      peakRssMb: round(server.peakRssMb() ?? NaN, 1),
      rssOpenMb: round(rssOpenMb ?? NaN, 1),
      reported,
      networkAttempts: server.networkAttempts(),
    };
  } finally {
    await server.stop();
  }
}

/** `files` one-pod files opened at once, like a workspace restored with many editors. */
export async function runManyFiles(spec: ServerSpec, w: Workload): Promise<ServerRun> {
  const { server, readyMs, firstDiagnosticsMs } = await start(spec);
  try {
    const texts = Array.from({ length: w.files }, (_, i) => pod(i, true));
    const perFile: number[] = [];
    const bursts: number[] = [];
    let found = 0;
    let expectedCount = 0;
    let rssOpenMb: number | undefined;
    const cpu = server.cpuMs();
    for (let b = 0; b < w.reps.bursts; b++) {
      const uris = texts.map((_, i) => `file:///bench/burst-${b}/pod-${i}.yaml`);
      const sent: number[] = [];
      const began = performance.now();
      const published = texts.map((_, i) => server.expect(uris[i], hasAll(podMistakeLines(i))));
      for (let i = 0; i < texts.length; i++) {
        sent.push(performance.now());
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uris[i], languageId: 'yaml', version: 1, text: texts[i] } });
      }
      const at = await Promise.all(published);
      at.forEach((t, i) => perFile.push(t - sent[i]));
      bursts.push(Math.max(...at) - began);
      if (b === 0) {
        rssOpenMb = server.rssMb();
        for (let i = 0; i < texts.length; i++) {
          const lines = podMistakeLines(i);
          expectedCount += lines.length;
          found += lines.filter((l) => hasLine(l)(server.diagnostics(uris[i]) ?? [])).length;
        }
      }
      if (b < w.reps.bursts - 1) for (const uri of uris) await server.close(uri);
    }
    const perOpen = cpuDelta(server, cpu, w.reps.bursts * w.files);
    const middle = Math.floor(w.files / 2);
    const uri = `file:///bench/burst-${w.reps.bursts - 1}/pod-${middle}.yaml`;
    const cpuEdits = server.cpuMs();
    const edited = await edits(server, uri, texts[middle], EDIT_LINE, w.reps.edits);
    return {
      readyMs,
      firstDiagnosticsMs,
      open: stats(perFile),
      burst: stats(bursts),
      edit: stats(edited.samples),
      cpuMs: { perOpen, perEdit: cpuDelta(server, cpuEdits, w.reps.edits), total: server.cpuMs() ?? NaN },
      peakRssMb: round(server.peakRssMb() ?? NaN, 1),
      rssOpenMb: round(rssOpenMb ?? NaN, 1),
      reported: { expected: expectedCount, found, otherLines: 0 },
      networkAttempts: server.networkAttempts(),
    };
  } finally {
    await server.stop();
  }
}

export function runWorkload(spec: ServerSpec, w: Workload): Promise<ServerRun> {
  return w.files > 1 ? runManyFiles(spec, w) : runSingleFile(spec, w);
}

/** Spawn to initialize result, over fresh processes. */
export async function startTimes(spec: ServerSpec, count: number): Promise<{ ready: Stats; cpuMs: Stats }> {
  const ready: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const server = new BenchServer(spec);
    ready.push(await server.initialize());
    cpu.push(server.cpuMs() ?? NaN);
    await server.stop();
  }
  return { ready: stats(ready), cpuMs: stats(cpu) };
}
