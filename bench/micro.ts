/**
 * Micro benchmark of the pure language service (the built server/out/service, as the server runs
 * it): parse + validate (schema + every rule) per file size, a one-character edit re-checked with
 * the previous parse, and a cold first check in a fresh process (loading the schema validators).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
// The service measured as the server and the CLI run it (a plain process.env; see the module).
import '../server/src/environmentSnapshot';
import type { PodlintLanguageService } from '../server/src/service';
import { EDIT_COLUMN, EDIT_LINE, manifest, middlePod, POD_LINES } from './generate';
import { ROOT } from './servers';
import { linearFit, round, Stats, stats } from './stats';

export const SERVICE = path.join(ROOT, 'server', 'out', 'service');

export interface MicroRow {
  readonly pods: number;
  readonly lines: number;
  readonly parse: Stats;
  readonly validate: Stats;
  /** parse + validate of a new text, wall and CPU time. */
  readonly total: Stats;
  readonly totalCpu: Stats;
  /** CPU µs per line of parse + validate. */
  readonly usPerLine: number;
  /** parse(text, previous) + validate after a one-character edit in the middle pod. */
  readonly edit: Stats;
  readonly diagnostics: number;
}

export interface MicroResult {
  readonly rows: MicroRow[];
  /** Least-squares fit of the median parse + validate CPU time over lines. */
  readonly fit: { usPerLine: number; interceptMs: number; r2: number };
  /**
   * The `yaml` package's own parse of each workload's text, nothing else: each YAML document of
   * it parsed on its own (`parseDocument`, kubectl's YAML 1.1 as podlint reads it), the cheapest
   * use of the package (one `parseAllDocuments` over a 50,000-line stream measured ~45 % slower).
   * What any server built on that parser, as both compared here are, spends before it can report
   * anything on a file it opens.
   */
  readonly yamlParse?: { name: string; ms: Stats; cpuMs: Stats }[];
  /** A 1,000-line manifest in a fresh process: loading the service, then the first check (which loads the schema). */
  readonly cold1000: { loadMs: Stats; firstCheckMs: Stats; loadCpuMs?: Stats; firstCheckCpuMs?: Stats };
}

function loadService(): PodlintLanguageService {
  if (!fs.existsSync(`${SERVICE}.js`) && !fs.existsSync(path.join(SERVICE, 'index.js'))) throw new Error(`${SERVICE} is missing: run "npm run build" first`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(SERVICE) as typeof import('../server/src/service')).getLanguageService();
}

function toggle(text: string, line: number): string {
  const lines = text.split('\n');
  const l = lines[line];
  lines[line] = l.slice(0, EDIT_COLUMN) + (l[EDIT_COLUMN] === 'i' ? 'I' : 'i') + l.slice(EDIT_COLUMN + 1);
  return lines.join('\n');
}

export function measureSize(service: PodlintLanguageService, pods: number, reps: number): MicroRow {
  const text = manifest(pods);
  const parse: number[] = [];
  const validate: number[] = [];
  const total: number[] = [];
  const totalCpu: number[] = [];
  let diagnostics = 0;
  for (let r = -1; r < reps; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const file = service.parse(text);
    const t1 = performance.now();
    diagnostics = service.validate(file).length;
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    if (r < 0) continue; // warm-up: JIT, and the schema validators loaded once
    parse.push(t1 - t0);
    validate.push(t2 - t1);
    total.push(t2 - t0);
    totalCpu.push((c.user + c.system) / 1000);
  }
  const editLine = middlePod(pods) * POD_LINES + EDIT_LINE;
  let previous = service.parse(text);
  service.validate(previous);
  let current = text;
  const edit: number[] = [];
  for (let r = -1; r < Math.max(reps, 10); r++) {
    current = toggle(current, editLine);
    const t0 = performance.now();
    const file = service.parse(current, previous);
    service.validate(file);
    if (r >= 0) edit.push(performance.now() - t0);
    previous = file;
  }
  const cpu = stats(totalCpu);
  return {
    pods,
    lines: pods * POD_LINES,
    parse: stats(parse),
    validate: stats(validate),
    total: stats(total),
    totalCpu: cpu,
    // CPU time, not wall time: on a shared machine the wall clock also counts other processes' turns.
    usPerLine: round((cpu.median * 1000) / (pods * POD_LINES)),
    edit: stats(edit),
    diagnostics,
  };
}

/** Fresh processes: require the service, then check a 1,000-line manifest once. */
export function coldCheck(runs: number): MicroResult['cold1000'] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-bench-')), 'pods-1000-lines.yaml');
  fs.writeFileSync(file, manifest(1000 / POD_LINES));
  const script = `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const c0 = cpu();
    const t0 = performance.now();
    const service = require(${JSON.stringify(SERVICE)}).getLanguageService();
    const t1 = performance.now();
    const c1 = cpu();
    const n = service.validate(service.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))).length;
    const t2 = performance.now();
    const c2 = cpu();
    if (!n) throw new Error('the 1,000-line manifest should have diagnostics');
    process.stdout.write(JSON.stringify({ load: t1 - t0, check: t2 - t1, loadCpu: c1 - c0, checkCpu: c2 - c1 }));`;
  const load: number[] = [];
  const check: number[] = [];
  const loadCpu: number[] = [];
  const checkCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Record<'load' | 'check' | 'loadCpu' | 'checkCpu', number>;
    load.push(out.load);
    check.push(out.check);
    loadCpu.push(out.loadCpu);
    checkCpu.push(out.checkCpu);
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { loadMs: stats(load), firstCheckMs: stats(check), loadCpuMs: stats(loadCpu), firstCheckCpuMs: stats(checkCpu) };
}

/**
 * The `yaml` parse alone of a workload's texts (one per file), wall and CPU time, after a warm-up,
 * in a fresh process: in this one the heap the servers' runs left behind made it vary by half
 * from run to run. The child loads the built service first (its YAML options, its packed node
 * ranges) and takes a plain process.env, as the server does.
 */
export function yamlParseTime(texts: readonly string[], reps: number): { ms: Stats; cpuMs: Stats } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-bench-'));
  const input = path.join(dir, 'texts.json');
  fs.writeFileSync(input, JSON.stringify(texts));
  const script = `
    process.env = { ...process.env };
    require(${JSON.stringify(SERVICE)});
    const { parseDocument } = require('yaml');
    const { KUBERNETES_YAML_OPTIONS } = require(${JSON.stringify(path.join(SERVICE, 'model', 'yamlDialect'))});
    // Split beforehand (a few ms for 50,000 lines): the floor is the parser's own work.
    const documents = JSON.parse(require('fs').readFileSync(${JSON.stringify(input)}, 'utf8')).map((t) => t.split(/^---$/m));
    const ms = [], cpuMs = [];
    for (let r = -1; r < ${reps}; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const file of documents) for (const text of file) parseDocument(text, KUBERNETES_YAML_OPTIONS);
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (r >= 0) ms.push(t), cpuMs.push((c.user + c.system) / 1000);
    }
    process.stdout.write(JSON.stringify({ ms, cpuMs }));`;
  try {
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 26 })) as { ms: number[]; cpuMs: number[] };
    return { ms: stats(out.ms), cpuMs: stats(out.cpuMs) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function microBenchmark(
  sizes: readonly { pods: number; reps: number }[],
  coldRuns: number,
  workloads: readonly { name: string; pods: number; files: number }[] = [],
): MicroResult {
  const service = loadService();
  const rows = sizes.map((s) => measureSize(service, s.pods, s.reps));
  const fit = linearFit(rows.map((r) => ({ x: r.lines, y: r.totalCpu.median })));
  const yamlParse = workloads.map((w) => {
    const texts = Array.from({ length: w.files }, () => manifest(w.pods));
    return { name: w.name, ...yamlParseTime(texts, Math.max(3, Math.ceil(2000 / (w.pods * w.files)))) };
  });
  return {
    rows,
    fit: { usPerLine: round(fit.slope * 1000), interceptMs: round(fit.intercept), r2: round(fit.r2, 4) },
    yamlParse,
    cold1000: coldCheck(coldRuns),
  };
}
