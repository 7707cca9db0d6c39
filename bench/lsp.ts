/**
 * A minimal LSP client for benchmarking a language server over stdio: it times requests and the
 * publications that answer notifications, and reads the server process's CPU time and peak RSS
 * from /proc (the server is a child process, so its own process.resourceUsage() is out of reach).
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

/** Loaded into every benchmarked server: the comparison runs offline and any attempt is reported. */
export const NO_NETWORK = path.join(__dirname, 'no-network.cjs');

export interface ServerSpec {
  readonly name: string;
  /** The server's script; run as `node --require no-network.cjs <script> --stdio`. */
  readonly script: string;
  /** Answers `workspace/configuration` for one section. */
  readonly settings: (section: string | undefined) => unknown;
  /** Extra node options, e.g. `--cpu-prof` (from BENCH_NODE_ARGS) to profile a server under the benchmark. */
  readonly execArgv?: readonly string[];
  /** Sent once after `initialized` (servers that read settings only when told they changed). */
  readonly announceSettings?: boolean;
}

interface Waiter {
  readonly uri: string;
  readonly test: (d: Diagnostic[]) => boolean;
  readonly resolve: (at: number) => void;
}

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 300_000);

export class BenchServer {
  readonly proc: ChildProcess;
  readonly connection: MessageConnection;
  readonly spawnedAt = performance.now();
  readonly stderr: string[] = [];
  capabilities: Record<string, unknown> = {};
  private waiters: Waiter[] = [];
  private readonly latest = new Map<string, Diagnostic[]>();

  constructor(readonly spec: ServerSpec) {
    this.proc = spawn(process.execPath, [...(spec.execArgv ?? []), '--require', NO_NETWORK, spec.script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const at = performance.now();
      this.latest.set(p.uri, p.diagnostics);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.test(p.diagnostics)) return true;
        w.resolve(at);
        return false;
      });
    });
    this.connection.onNotification(() => undefined); // logs, telemetry, progress
    this.connection.onRequest((method: string, params: unknown) => {
      if (method !== 'workspace/configuration') return null; // registerCapability, progress, ...
      return (params as { items: { section?: string }[] }).items.map((i) => spec.settings(i.section));
    });
    this.connection.listen();
  }

  /** Spawn to the initialize result: when the server is ready to serve requests. */
  async initialize(): Promise<number> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: false },
          completion: { completionItem: { snippetSupport: true } },
          publishDiagnostics: { versionSupport: true },
        },
      },
    })) as { capabilities: Record<string, unknown> };
    const readyMs = performance.now() - this.spawnedAt;
    this.capabilities = result.capabilities;
    await this.connection.sendNotification('initialized', {});
    if (this.spec.announceSettings) await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    return readyMs;
  }

  get incremental(): boolean {
    const sync = this.capabilities.textDocumentSync;
    return (typeof sync === 'number' ? sync : (sync as { change?: number } | undefined)?.change) === 2;
  }

  get completes(): boolean {
    return !!this.capabilities.completionProvider;
  }

  /** The next publication for `uri` whose diagnostics pass `test`, as a performance.now() time. */
  expect(uri: string, test: (d: Diagnostic[]) => boolean): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.spec.name}: no matching diagnostics for ${uri} in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      this.waiters.push({ uri, test, resolve: (at) => (clearTimeout(timer), resolve(at)) });
    });
  }

  diagnostics(uri: string): Diagnostic[] | undefined {
    return this.latest.get(uri);
  }

  /** Opens a document and resolves with the time until diagnostics passing `test` arrive. */
  async open(uri: string, text: string, test: (d: Diagnostic[]) => boolean): Promise<number> {
    const published = this.expect(uri, test);
    const sent = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return (await published) - sent;
  }

  async close(uri: string): Promise<void> {
    const cleared = this.expect(uri, (d) => d.length === 0);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await cleared;
    this.latest.delete(uri);
  }

  /** Sends one change (incremental when the server takes it, else the full new text); times the diagnostics that reflect it. */
  async change(uri: string, version: number, change: TextDocumentContentChangeEvent, fullText: string, test: (d: Diagnostic[]) => boolean): Promise<number> {
    const published = this.expect(uri, test);
    const sent = performance.now();
    const contentChanges = [this.incremental ? change : { text: fullText }];
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return (await published) - sent;
  }

  /** Times one completion request; returns the latency and the labels offered. */
  async complete(uri: string, line: number, character: number): Promise<{ ms: number; labels: string[] }> {
    const sent = performance.now();
    const result = (await this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as
      | { label: string }[]
      | { items: { label: string }[] }
      | null;
    const ms = performance.now() - sent;
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    return { ms, labels: items.map((i) => i.label) };
  }

  /** CPU time of the server process so far (every thread; see procCpuMs). */
  cpuMs(): number | undefined {
    return procCpuMs(this.proc.pid!);
  }

  /** Peak resident set size of the server process (VmHWM), in MB. */
  peakRssMb(): number | undefined {
    return procStatusMb(this.proc.pid!, 'VmHWM');
  }

  /** Resident set size of the server process now (VmRSS), in MB. */
  rssMb(): number | undefined {
    return procStatusMb(this.proc.pid!, 'VmRSS');
  }

  /** Attempts to reach the network, as reported by no-network.cjs. */
  networkAttempts(): string[] {
    return this.stderr.join('').split('\n').filter((l) => l.startsWith('bench: network access blocked'));
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.proc.exitCode !== null ? resolve() : this.proc.once('exit', () => resolve())));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const killer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
    this.connection.dispose();
  }
}

/**
 * CPU time of a process in ms: the sum of its threads' run time from /proc/<pid>/task/<tid>/schedstat
 * (nanoseconds, so single keystrokes are measurable), or utime + stime from /proc/<pid>/stat
 * (10 ms ticks, but counting threads that already exited) when schedstat is missing.
 */
export function procCpuMs(pid: number): number | undefined {
  try {
    let ns = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // the thread ended meanwhile
      }
    }
    if (ns > 0) return ns / 1e6;
  } catch {
    // no schedstat: fall back to ticks
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

export function procStatusMb(pid: number, field: string): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
