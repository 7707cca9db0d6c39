import * as path from 'node:path';
import { commands, ConfigurationTarget, ExtensionContext, QuickPickItem, StatusBarAlignment, window, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerCapabilities, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { FileInfo, settingOverriddenBy, versionStatus } from './versionStatus';

let client: LanguageClient | undefined;

const FILE_INFO = 'podlint/fileInfo';

/** What activate() returns: lets tests (and other extensions) ask what the running server offers. */
export interface PodlintApi {
  serverCapabilities(): ServerCapabilities | undefined;
}

export async function activate(context: ExtensionContext): Promise<PodlintApi> {
  // The bundled server (scripts/bundle.mjs) sits beside the bundled client in dist/.
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every YAML file: podlint itself stays silent on documents that are not Kubernetes objects.
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: {
      configurationSection: 'podlint',
      fileEvents: workspace.createFileSystemWatcher('**/.podlint.{yaml,yml}'),
    },
  };
  client = new LanguageClient('podlint', 'podlint', serverOptions, clientOptions);

  // The Kubernetes version of the active file: the server decides it (comment, .podlint.yaml, setting).
  const infos = new Map<string, FileInfo>();
  const status = window.createStatusBarItem('podlint.kubernetesVersion', StatusBarAlignment.Right, 100);
  status.name = 'podlint: Kubernetes version';
  status.command = 'podlint.selectKubernetesVersion';
  const asked = new Set<string>();
  const refresh = (): void => {
    const doc = window.activeTextEditor?.document;
    const uri = doc?.uri.toString() ?? '';
    // A document shown before its first notification arrived (or after a server restart): ask once.
    if (doc?.languageId === 'yaml' && !infos.has(uri) && !asked.has(uri) && client?.isRunning()) {
      asked.add(uri);
      client.sendRequest<FileInfo | null>(FILE_INFO, { uri }).then(
        (info) => {
          if (info && !infos.has(uri)) {
            infos.set(uri, info);
            refresh();
          }
        },
        () => undefined,
      );
    }
    const shown = versionStatus(infos.get(uri));
    if (!shown) return status.hide();
    status.text = shown.text;
    status.tooltip = shown.tooltip;
    status.show();
  };
  context.subscriptions.push(
    status,
    window.onDidChangeActiveTextEditor(refresh),
    workspace.onDidCloseTextDocument((doc) => {
      infos.delete(doc.uri.toString());
      asked.delete(doc.uri.toString());
    }),
    commands.registerCommand('podlint.selectKubernetesVersion', async () => {
      const setting = context.extension.packageJSON.contributes.configuration.properties['podlint.kubernetesVersion'];
      const versions = [...(setting.enum as string[])].reverse();
      const active = window.activeTextEditor?.document.uri;
      const config = workspace.getConfiguration('podlint', active);
      const current = config.get<string>('kubernetesVersion');
      const items: QuickPickItem[] = versions.map((v) => ({
        label: v,
        description: [v === current ? 'current setting' : '', v === setting.default ? 'newest' : ''].filter(Boolean).join(', ') || undefined,
      }));
      const picked = await window.showQuickPick(items, {
        title: 'Kubernetes version to check against',
        placeHolder: settingOverriddenBy(active && infos.get(active.toString())) ?? `Currently ${current ?? setting.default}`,
      });
      if (!picked) return;
      const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
      await config.update('kubernetesVersion', picked.label, target);
    }),
  );
  client.onNotification(FILE_INFO, (info: FileInfo) => {
    infos.set(info.uri, info);
    refresh();
  });
  await client.start();
  refresh();
  return { serverCapabilities: () => client?.initializeResult?.capabilities };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
