import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'podlint.podlint';

/** What the extension's activate() returns (client/src/extension.ts PodlintApi). */
export interface PodlintApi {
  serverCapabilities(): { hoverProvider?: unknown; completionProvider?: unknown } | undefined;
}

let api: PodlintApi | undefined;
export let activationMs: number | undefined;

/** Activates podlint once (starting its language server) and remembers how long that took. */
export async function podlint(): Promise<PodlintApi> {
  if (api) return api;
  const ext = vscode.extensions.getExtension<PodlintApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  const started = Date.now();
  api = await ext.activate();
  activationMs = Date.now() - started;
  return api;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  assert.equal(doc.languageId, 'yaml');
  return vscode.window.showTextDocument(doc);
}

export const fromPodlint = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'podlint');

/** Resolves with podlint's diagnostics for `uri` once `accept` holds for them (checked on every change). */
export function diagnosticsWhen(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = fromPodlint(uri);
      if (!accept(current)) return false;
      clearTimeout(timer);
      sub.dispose();
      resolve(current);
      return true;
    };
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = fromPodlint(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; podlint diagnostics now: ${JSON.stringify(seen)}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/** The range of the `occurrence`-th appearance of `needle` in the document (0-based occurrence). */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export const show = (r: vscode.Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Closes every editor without saving, so each test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  // Reverting first: closing a changed editor would ask "Save?" and wait for a click.
  for (let i = 0; i < 20 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
