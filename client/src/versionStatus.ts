// The status bar text for a document, from the server's `podlint/fileInfo` (no vscode import, so
// it is tested without an editor).

/** Mirrors server/src/fileInfo.ts: the client is built separately and only sees the JSON. */
export interface FileInfo {
  readonly uri: string;
  readonly checked: boolean;
  readonly kubernetesVersion: string;
  readonly versionFrom: 'comment' | '.podlint.yaml' | 'setting' | 'default';
  readonly configFile?: string;
}

const FROM: Record<FileInfo['versionFrom'], (info: FileInfo) => string> = {
  comment: () => 'the `# podlint: kubernetes=` comment at the top of this file',
  '.podlint.yaml': (info) => (info.configFile ? `kubernetesVersion in ${info.configFile}` : 'kubernetesVersion in .podlint.yaml'),
  setting: () => 'the podlint.kubernetesVersion setting',
  default: () => 'the default (the newest version podlint has)',
};

/** What the status bar shows for a document; undefined hides the item (not a Kubernetes file). */
export function versionStatus(info: FileInfo | undefined): { text: string; tooltip: string } | undefined {
  if (!info?.checked) return undefined;
  return {
    text: `$(symbol-namespace) K8s ${info.kubernetesVersion}`,
    tooltip: `podlint checks this file against Kubernetes ${info.kubernetesVersion}, from ${FROM[info.versionFrom](info)}. Click to change the podlint.kubernetesVersion setting.`,
  };
}

/** Why changing the setting may not change this file's version, for the quick pick. */
export function settingOverriddenBy(info: FileInfo | undefined): string | undefined {
  if (info?.versionFrom === 'comment' || info?.versionFrom === '.podlint.yaml') {
    return `This file's version comes from ${FROM[info.versionFrom](info)}, which takes precedence over the setting.`;
  }
  return undefined;
}
