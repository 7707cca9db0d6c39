import * as path from 'node:path';
import { ExtensionContext, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerCapabilities, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

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
  await client.start();
  return { serverCapabilities: () => client?.initializeResult?.capabilities };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
