#!/usr/bin/env node
/**
 * The LSP adapter: documents in, diagnostics and code actions out. All language logic lives in
 * ./service; this file only keeps per-document state (the parse of the current version and the
 * user's settings) and makes sure a stale result is never published.
 */
// First, before the modules below allocate: see youngGeneration.ts.
import './youngGeneration';
// A plain process.env, which the yaml parser reads per token: see environmentSnapshot.ts.
import './environmentSnapshot';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProjectConfig, mergeSettings, ProjectConfig } from './config/projectConfig';
import { FIX_ALL_KIND, getLanguageService, ParsedFile, unsupportedVersionMessage } from './service';
import { readUserSettings, UserSettings } from './userSettings';
import { FILE_INFO, FileInfo, fileInfo, sameFileInfo } from './fileInfo';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = getLanguageService();

/** The parse of each open document's current version: parsed once, shared by every request. */
const parsed = new Map<string, { version: number; file: ParsedFile }>();
const settingsCache = new Map<string, Promise<UserSettings>>();
const projectConfigs = new Map<string, ProjectConfig | undefined>();
const reportedConfigProblems = new Set<string>();
const knownRules = new Set(service.rules.map((r) => r.id));
const pending = new Map<string, NodeJS.Immediate>();
let pullsConfiguration = false;
/** The last `podlint/fileInfo` sent per document: sent again only when it changes. */
const sentInfo = new Map<string, FileInfo>();

function parsedFile(doc: TextDocument): ParsedFile {
  const cached = parsed.get(doc.uri);
  if (cached?.version === doc.version) return cached.file;
  const file = service.parse(doc.getText(), cached?.file);
  parsed.set(doc.uri, { version: doc.version, file });
  return file;
}

/** The `.podlint.yaml` that applies to a file on disk; its problems are shown once. */
function projectConfigFor(uri: string): ProjectConfig | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = fileURLToPath(uri);
  const dir = path.dirname(file);
  if (!projectConfigs.has(dir)) projectConfigs.set(dir, loadProjectConfig(file, knownRules, service.kubernetesVersions));
  const config = projectConfigs.get(dir);
  for (const problem of config?.problems ?? []) {
    if (reportedConfigProblems.has(problem)) continue;
    reportedConfigProblems.add(problem);
    void connection.window.showWarningMessage(`podlint: ${problem}`);
  }
  return config;
}

/** Editor settings, overridden by the project's `.podlint.yaml` where it says something. */
function settingsFor(uri: string): Promise<UserSettings> {
  let s = settingsCache.get(uri);
  if (!s) {
    const editor = pullsConfiguration
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'podlint' }).then(readUserSettings, () => readUserSettings(undefined))
      : Promise.resolve(readUserSettings(undefined));
    s = editor.then((user) => ({ ...user, ...mergeSettings(supportedVersionOnly(user), projectConfigFor(uri)?.settings) }));
    settingsCache.set(uri, s);
  }
  return s;
}

/** An unsupported `podlint.kubernetesVersion` is reported once and replaced by the default. */
function supportedVersionOnly(user: UserSettings): UserSettings {
  const v = user.kubernetesVersion;
  if (v === undefined || service.kubernetesVersions.includes(v)) return user;
  const problem = `podlint.kubernetesVersion: ${unsupportedVersionMessage(v, service.kubernetesVersions)}; checking against Kubernetes ${service.defaultKubernetesVersion}`;
  if (!reportedConfigProblems.has(problem)) {
    reportedConfigProblems.add(problem);
    void connection.window.showWarningMessage(problem);
  }
  return { ...user, kubernetesVersion: undefined };
}

function infoFor(doc: TextDocument, settings: UserSettings): FileInfo {
  return fileInfo(service, doc.uri, parsedFile(doc), settings, projectConfigFor(doc.uri));
}

async function validate(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  const settings = await settingsFor(uri);
  // The document may have changed while the settings were fetched: its own run will publish.
  if (documents.get(uri)?.version !== version) return;
  let diagnostics: ReturnType<typeof service.validate> = [];
  if (settings.enable) {
    try {
      diagnostics = service.validate(parsedFile(doc), settings);
    } catch (e) {
      connection.console.error(`podlint: validating ${uri} failed: ${(e as Error).stack ?? e}`);
      return;
    }
  }
  await connection.sendDiagnostics({ uri, version, diagnostics });
  const info = infoFor(doc, settings);
  if (!sameFileInfo(sentInfo.get(uri), info)) {
    sentInfo.set(uri, info);
    await connection.sendNotification(FILE_INFO, info);
  }
}

function schedule(uri: string): void {
  const previous = pending.get(uri);
  if (previous) clearImmediate(previous);
  // Changes that arrive together (a paste, a burst of keystrokes) are validated once.
  pending.set(
    uri,
    setImmediate(() => {
      pending.delete(uri);
      validate(uri).catch((e) => connection.console.error(`podlint: ${(e as Error).stack ?? e}`));
    }),
  );
}

connection.onInitialize((params) => {
  pullsConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      // ':' offers values right after a key, ' ' the keys of a new `- ` item and values after `key: `.
      completionProvider: { triggerCharacters: [':', ' '] },
      hoverProvider: true,
    },
    serverInfo: { name: 'podlint' },
  };
});

connection.onInitialized(() => {
  if (pullsConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'podlint' }).catch(() => undefined);
  }
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  for (const doc of documents.all()) schedule(doc.uri);
});

// The client watches .podlint.yaml files and tells us when one is created, changed or deleted.
connection.onDidChangeWatchedFiles(() => {
  projectConfigs.clear();
  reportedConfigProblems.clear();
  settingsCache.clear();
  for (const doc of documents.all()) schedule(doc.uri);
});

documents.onDidOpen((e) => schedule(e.document.uri));
documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  const timer = pending.get(e.document.uri);
  if (timer) clearImmediate(timer);
  pending.delete(e.document.uri);
  parsed.delete(e.document.uri);
  sentInfo.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const settings = await settingsFor(doc.uri);
  if (!settings.enable || documents.get(doc.uri)?.version !== doc.version) return [];
  try {
    return service.codeActions(
      parsedFile(doc),
      { uri: doc.uri, range: params.range, diagnostics: params.context.diagnostics, only: params.context.only },
      settings,
    );
  } catch (e) {
    connection.console.error(`podlint: code actions for ${doc.uri} failed: ${(e as Error).stack ?? e}`);
    return [];
  }
});

/** Runs a feature on the current parse of a document, with its settings; a failure is logged, never thrown. */
async function withDocument<T>(uri: string, empty: T, feature: string, run: (file: ParsedFile, settings: UserSettings) => T): Promise<T> {
  const doc = documents.get(uri);
  if (!doc) return empty;
  const settings = await settingsFor(uri);
  if (!settings.enable || documents.get(uri)?.version !== doc.version) return empty;
  try {
    return run(parsedFile(doc), settings);
  } catch (e) {
    connection.console.error(`podlint: ${feature} for ${uri} failed: ${(e as Error).stack ?? e}`);
    return empty;
  }
}

connection.onCompletion((params) =>
  withDocument(params.textDocument.uri, [], 'completion', (file, settings) => service.complete(file, params.position, settings, params.context?.triggerCharacter)),
);
connection.onHover((params) => withDocument(params.textDocument.uri, null, 'hover', (file, settings) => service.hover(file, params.position, settings)));

// The client asks when it shows a document whose notification it has not kept.
connection.onRequest(FILE_INFO, async (params: { uri: string }): Promise<FileInfo | null> => {
  const doc = documents.get(params.uri);
  if (!doc) return null;
  const settings = await settingsFor(doc.uri);
  const current = documents.get(params.uri);
  return current ? infoFor(current, settings) : null;
});

documents.listen(connection);
connection.listen();
