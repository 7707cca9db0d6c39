/**
 * `npm run bench [-- --quick] [-- --only podlint]`: podlint's language server against
 * yaml-language-server, side by side, plus the micro benchmark of the pure service. Writes
 * bench/results/<date>[-quick].json and regenerates the tables of bench/README.md from it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MicroResult } from './micro';
import { microBenchmark } from './micro';
import { updateReadme } from './report';
import { Reps, runWorkload, ServerRun, startTimes, Workload } from './scenarios';
import { podlintSpec, ROOT, YAML_LS_DEBOUNCE_MS, YAML_LS_VERSION, yamlLanguageServerSpec } from './servers';
import type { Stats } from './stats';

export interface BenchResult {
  readonly version: 1;
  readonly date: string;
  readonly mode: 'full' | 'quick';
  readonly machine: { cpus: number; model: string; node: string; loadavgBefore: number[]; loadavgAfter: number[]; note: string };
  readonly competitor: { name: string; version: string; debounceMs: number; schema: string; settings: string };
  readonly start: Record<string, { ready: Stats; cpuMs: Stats }>;
  readonly workloads: { name: string; pods: number; files: number; lines: number; reps: Reps; servers: Record<string, ServerRun> }[];
  readonly micro: MicroResult;
}

const reps = (opens: number, edits: number, completions: number, bursts = 0): Reps => ({ opens, edits, completions, bursts });

const PLANS = {
  full: {
    starts: 10,
    workloads: [
      { name: '1 pod', pods: 1, files: 1, reps: reps(20, 40, 30) },
      { name: '100 pods', pods: 100, files: 1, reps: reps(10, 20, 20) },
      { name: '1,000 pods', pods: 1000, files: 1, reps: reps(3, 10, 10) },
      { name: '200 files', pods: 1, files: 200, reps: reps(0, 20, 0, 3) },
    ],
    micro: [
      { pods: 1, reps: 200 },
      { pods: 20, reps: 50 },
      { pods: 100, reps: 20 },
      { pods: 400, reps: 5 },
      { pods: 1000, reps: 3 },
    ],
    cold: 5,
  },
  quick: {
    starts: 3,
    workloads: [
      { name: '1 pod', pods: 1, files: 1, reps: reps(5, 10, 5) },
      { name: '100 pods', pods: 100, files: 1, reps: reps(3, 6, 5) },
      { name: '1,000 pods', pods: 1000, files: 1, reps: reps(1, 4, 3) },
      { name: '200 files', pods: 1, files: 200, reps: reps(0, 6, 0, 1) },
    ],
    micro: [
      { pods: 1, reps: 50 },
      { pods: 20, reps: 10 },
      { pods: 100, reps: 5 },
      { pods: 400, reps: 2 },
      { pods: 1000, reps: 1 },
    ],
    cold: 2,
  },
};

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const mode = args.includes('--quick') ? 'quick' : 'full';
  const onlyPodlint = args.includes('--only=podlint') || (args.includes('--only') && args[args.indexOf('--only') + 1] === 'podlint');
  const plan = PLANS[mode];
  const loadavgBefore = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const podlint = podlintSpec();
  const yls = yamlLanguageServerSpec();
  const specs = onlyPodlint ? [podlint] : [podlint, yls];

  const start: BenchResult['start'] = {};
  for (const spec of specs) {
    log(`${spec.name}: ${plan.starts} starts`);
    start[spec.name] = await startTimes(spec, plan.starts);
  }
  const workloads: BenchResult['workloads'] = [];
  for (const w of plan.workloads as Workload[]) {
    const servers: Record<string, ServerRun> = {};
    for (const spec of specs) {
      log(`${spec.name}: ${w.name}`);
      servers[spec.name] = await runWorkload(spec, w);
      const attempts = servers[spec.name].networkAttempts;
      if (attempts.length) throw new Error(`${spec.name} tried to reach the network: ${attempts.join('; ')}`);
    }
    workloads.push({ name: w.name, pods: w.pods, files: w.files, lines: w.pods * w.files * 50, reps: w.reps, servers });
  }
  log('micro benchmark of the service');
  const micro = microBenchmark(plan.micro, plan.cold, plan.workloads);
  fs.rmSync(path.dirname(yls.schemaFile), { recursive: true, force: true });

  const result: BenchResult = {
    version: 1,
    date: new Date().toISOString(),
    mode,
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadavgBefore,
      loadavgAfter: os.loadavg().map((x) => Math.round(x * 100) / 100),
      note: 'Wall times depend on what else runs; CPU times (from /proc) much less so.',
    },
    competitor: {
      name: 'yaml-language-server',
      version: YAML_LS_VERSION,
      debounceMs: YAML_LS_DEBOUNCE_MS,
      schema: `podlint's generated Kubernetes ${yls.kubernetes} schema rooted at io.k8s.api.core.v1.Pod, associated with *.yaml through yaml.schemas`,
      settings: 'yaml.schemaStore.enable: false, yaml.kubernetesCRDStore.enable: false, yaml.yamlVersion: 1.1, network blocked in the process',
    },
    start,
    workloads,
    micro,
  };
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.date.slice(0, 16).replace(':', '')}${mode === 'quick' ? '-quick' : ''}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${path.relative(ROOT, file)}`);
  if (!onlyPodlint) {
    updateReadme(result, path.relative(path.join(ROOT, 'bench'), file));
    log('updated bench/README.md');
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
