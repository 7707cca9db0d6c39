import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

export const SERVER = path.join(__dirname, '..', '..', 'server', 'out', 'server.js');

/**
 * A wait that never ends fails after this long instead of hanging the run; no test relies on it
 * for timing (they wait on notifications), it only turns a missing notification into a message.
 */
const STUCK_MS = 60_000;

function orStuck<T>(promise: Promise<T>, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what()} within ${STUCK_MS / 1000} s`)), STUCK_MS);
    timer.unref();
  });
  return Promise.race([promise, stuck]).finally(() => clearTimeout(timer));
}

/** A real LSP client over stdio for the built server; waits on notifications, never on timers. */
export class LspClient {
  private readonly proc: ChildProcess;
  readonly connection: MessageConnection;
  private readonly published: PublishDiagnosticsParams[] = [];
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];
  /** Other notifications from the server (window/showMessage, podlint/fileInfo...), in order. */
  private readonly others: { method: string; params: unknown }[] = [];
  private otherWaiters: { method: string; test: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  configuration: unknown = {};

  constructor() {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first`);
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    // showWarningMessage is a request (the user may pick an action): recorded like a notification.
    this.connection.onRequest('window/showMessageRequest', (params: unknown) => {
      this.record('window/showMessageRequest', params);
      return null;
    });
    this.connection.onNotification((method: string, params: unknown) => this.record(method, params));
    this.connection.listen();
  }

  private record(method: string, params: unknown): void {
    this.others.push({ method, params });
    this.otherWaiters = this.otherWaiters.filter((w) => {
      if (w.method !== method || !w.test(params)) return true;
      w.resolve(params);
      return false;
    });
  }

  async initialize(capabilities: Record<string, unknown> = { workspace: { configuration: true } }): Promise<Record<string, unknown>> {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
    await this.connection.sendNotification('initialized', {});
    return result as Record<string, unknown>;
  }

  /** Every publishDiagnostics received so far, in order. */
  get history(): readonly PublishDiagnosticsParams[] {
    return this.published;
  }

  /** Resolves with the first publication (past or future) for `uri` that satisfies `test`. */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const seen = this.published.find((p) => p.uri === uri && test(p));
    if (seen) return Promise.resolve(seen.diagnostics);
    const waiting = new Promise<Diagnostic[]>((resolve) =>
      this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve: (p) => resolve(p.diagnostics) }),
    );
    const last = () => this.published.filter((p) => p.uri === uri).at(-1);
    return orStuck(waiting, () => {
      const l = last();
      return `matching publishDiagnostics for ${uri} (last: ${l ? `version ${l.version}, ${l.diagnostics.map((d) => d.code).join(', ') || 'no diagnostics'}` : 'none'})`;
    });
  }

  /** Resolves with the first notification (past or future) of `method` whose params satisfy `test`. */
  notification<T>(method: string, test: (params: T) => boolean = () => true): Promise<T> {
    const seen = this.others.find((n) => n.method === method && test(n.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    const waiting = new Promise<T>((resolve) =>
      this.otherWaiters.push({ method, test: (p) => test(p as T), resolve: (p) => resolve(p as T) }),
    );
    return orStuck(waiting, () => `matching ${method} (${this.notificationsOf(method).length} of that method received)`);
  }

  /** Every notification of `method` received so far. */
  notificationsOf<T>(method: string): T[] {
    return this.others.filter((n) => n.method === method).map((n) => n.params as T);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
