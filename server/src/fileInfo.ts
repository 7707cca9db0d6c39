import type { ParsedFile, PodlintLanguageService } from './service';
import type { ProjectConfig } from './config/projectConfig';
import type { UserSettings } from './userSettings';

/** `podlint/fileInfo`: a notification from the server (and a request from the client) about one document. */
export const FILE_INFO = 'podlint/fileInfo';

/** What the client shows in its status bar for a document. */
export interface FileInfo {
  readonly uri: string;
  /** True when the document holds Kubernetes objects and podlint checks it. */
  readonly checked: boolean;
  /** The Kubernetes version the document is checked against. */
  readonly kubernetesVersion: string;
  /** What decided the version, most specific first. */
  readonly versionFrom: 'comment' | '.podlint.yaml' | 'setting' | 'default';
  /** The `.podlint.yaml` that set it, when it did. */
  readonly configFile?: string;
}

export function fileInfo(
  service: PodlintLanguageService,
  uri: string,
  file: ParsedFile,
  settings: UserSettings,
  project: ProjectConfig | undefined,
): FileInfo {
  const choice = service.kubernetesVersionFor(file, settings);
  const fromProject = choice.from === 'settings' && project?.settings.kubernetesVersion === choice.version;
  const versionFrom = choice.from === 'comment' ? 'comment' : choice.from === 'default' ? 'default' : fromProject ? '.podlint.yaml' : 'setting';
  return {
    uri,
    checked: settings.enable && file.hasKubernetesObjects,
    kubernetesVersion: choice.version,
    versionFrom,
    ...(fromProject ? { configFile: project!.file } : {}),
  };
}

export function sameFileInfo(a: FileInfo | undefined, b: FileInfo): boolean {
  return (
    a !== undefined &&
    a.checked === b.checked &&
    a.kubernetesVersion === b.kubernetesVersion &&
    a.versionFrom === b.versionFrom &&
    a.configFile === b.configFile
  );
}
