import { itemsOf } from '../model/containerFacts';
import { formatPath, isPlainObject } from '../model/path';
import { versionAtLeast } from '../util/kubernetesVersion';
import type { ObjectRule } from './types';

const INSTEAD = 'clone the repository in an init container into an emptyDir volume that the other containers mount';

export const gitRepoVolume: ObjectRule = {
  meta: {
    id: 'git-repo-volume',
    severity: 'warning',
    description: 'A gitRepo volume: deprecated, and its kubelet plugin is off from Kubernetes 1.33 (locked off in 1.36).',
    docs: [
      'The `gitRepo` volume (an emptyDir the kubelet fills with `git clone`, running git as root on the',
      'node) is deprecated since Kubernetes 1.11. The API server accepts it with a warning,',
      '`spec.volumes[0].gitRepo: deprecated in v1.11`, from 1.33 `deprecated in v1.11, and disabled by',
      'default in v1.33+`: from 1.33 the kubelet refuses to mount it ("git-repo volume plugin has been',
      'disabled") unless the node turns the `GitRepoVolumeDriver` feature gate on, and from 1.36 the',
      'gate is locked off. The pod is created but never starts. The message follows the file\'s',
      'Kubernetes version. Clone the repository in an init container into an `emptyDir` instead.',
      '',
      'Wrong:',
      '```yaml',
      'volumes:',
      '  - name: site',
      '    gitRepo: {repository: "https://github.com/example/site.git", revision: main}',
      '```',
      'Right:',
      '```yaml',
      'initContainers:',
      '  - name: clone',
      '    image: alpine/git:2.45.2',
      '    args: [clone, --depth=1, --branch=main, "https://github.com/example/site.git", /site]',
      '    volumeMounts: [{name: site, mountPath: /site}]',
      'volumes:',
      '  - name: site',
      '    emptyDir: {}',
      '```',
    ].join('\n'),
    source: 'warningsForPodSpecAndMeta in pkg/api/pod/warnings.go ("deprecated in v1.11, and disabled by default in v1.33+"); GitRepoVolumeDriver gate in pkg/volume/git_repo (KEP-5040)',
    scope: 'workload',
  },
  check(ctx) {
    const v = ctx.kubernetesVersion;
    const consequence = versionAtLeast(v, '1.36')
      ? `, and disabled by default in v1.33+; Kubernetes ${v} locks the GitRepoVolumeDriver feature gate off, so the kubelet cannot mount the volume and the pod never starts: `
      : versionAtLeast(v, '1.33')
        ? ', and disabled by default in v1.33+: unless the node enables the GitRepoVolumeDriver feature gate, the kubelet refuses to mount the volume and the pod never starts; '
        : '; Kubernetes 1.33 turns the kubelet\'s gitRepo plugin off by default: ';
    for (const pod of ctx.podSpecs) {
      for (const volume of itemsOf(pod.value, pod.path, 'volumes')) {
        if (!isPlainObject(volume.value.gitRepo)) continue;
        const path = [...volume.path, 'gitRepo'];
        ctx.report({ path, at: 'key', message: `${formatPath(path)}: deprecated in v1.11${consequence}${INSTEAD}` });
      }
    }
  },
};
