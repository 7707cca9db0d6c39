#!/usr/bin/env node
// Completion and hover latency on a 1,000-line manifest, through the built language service.
// Usage: npm run build && node bench/completion.mjs [rounds]
// Prints wall-clock percentiles and the process CPU time for each scenario. Not a test: figures
// depend on the machine; they go into the notes.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { getLanguageService } = require('../server/out/service/index.js');

const rounds = Number(process.argv[2] ?? 200);
const service = getLanguageService();

function container(i) {
  return [
    `        - name: app-${i}`,
    `          image: registry.example.com/app-${i}:1.${i}`,
    '          imagePullPolicy: IfNotPresent',
    '          ports:',
    `            - name: http-${i}`,
    `              containerPort: ${8000 + i}`,
    '          env:',
    '            - name: MODE',
    '              value: production',
    '          resources:',
    '            requests: {cpu: 100m, memory: 128Mi}',
    '            limits: {memory: 256Mi}',
    '          readinessProbe:',
    '            httpGet:',
    '              path: /healthz',
    `              port: http-${i}`,
    '          volumeMounts:',
    '            - name: cache',
    '              mountPath: /cache',
    '          securityContext:',
    '            runAsNonRoot: true',
    '            allowPrivilegeEscalation: false',
    '',
  ];
}

/** One Deployment of about 1,000 lines: 43 containers of 23 lines. */
function manifest() {
  const head = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: big',
    'spec:',
    '  selector:',
    '    matchLabels: {app: big}',
    '  template:',
    '    metadata:',
    '      labels: {app: big}',
    '    spec:',
    '      volumes:',
    '        - name: cache',
    '          emptyDir: {}',
    '      containers:',
  ];
  const lines = [...head];
  for (let i = 0; lines.length < 1000; i++) lines.push(...container(i));
  return lines.join('\n');
}

const text = manifest();
const lines = text.split('\n');
const lastContainer = lines.findLastIndex((l) => l.startsWith('        - name: app-'));

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(name, run) {
  run(0); // warm up: schema loading and JIT are not per-keystroke costs
  const times = [];
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (let r = 1; r <= rounds; r++) {
    const t0 = performance.now();
    run(r);
    times.push(performance.now() - t0);
  }
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  const f = (n) => n.toFixed(2).padStart(7);
  console.log(
    `${name.padEnd(58)} p50 ${f(percentile(times, 50))} ms  p95 ${f(percentile(times, 95))} ms  max ${f(times[times.length - 1])} ms  ` +
      `cpu ${f((cpu.user + cpu.system) / 1000 / rounds)} ms/op (wall ${f(wall / rounds)})`,
  );
}

console.log(`podlint completion benchmark: ${lines.length} lines, ${rounds} rounds, node ${process.version}`);
const file = service.parse(text);
const at = (line, character) => ({ line, character });

measure('key completion, empty container line (near the end)', () => service.complete(file, at(lastContainer + 1, 10)));
measure('key completion, top of the pod spec', () => service.complete(file, at(11, 6)));
measure('value completion, probe port (named ports)', () => service.complete(file, at(lastContainer + 15, 20)));
measure('value completion, volumeMounts name (volumes)', () => service.complete(file, at(lastContainer + 17, 20)));
measure('hover on a key (incl. diagnostics of the file)', () => service.hover(file, at(lastContainer + 2, 12)));

// For reference: what the server does on every keystroke anyway (for diagnostics), before any completion.
measure('parse of the edited text alone (shared with validation)', (r) => service.parse(text + ' '.repeat(r % 2)));

// A keystroke: the text changes, is parsed again (reusing nothing: one document), then completed.
let previous = file;
measure('keystroke: parse the edited text + key completion', (r) => {
  const edited = lines.slice();
  edited[lastContainer + 1] = `          ${'imag'.slice(0, 1 + (r % 4))}`;
  previous = service.parse(edited.join('\n'), previous);
  service.complete(previous, at(lastContainer + 1, 11 + (r % 4)));
});

// While typing, the document is often broken: value references then come from a re-parse without the line.
const broken = lines.slice();
broken[lastContainer + 17] = '            - name: [';
const brokenText = broken.join('\n');
measure('keystroke in broken YAML: parse + value completion', (r) => {
  const file2 = service.parse(brokenText + ' '.repeat(r % 2), undefined);
  service.complete(file2, at(lastContainer + 17, 20));
});
