import { describeContainer } from '../model/containerFacts';
import { imageTag } from '../util/imageRef';
import type { ObjectRule } from './types';

export const latestImageTag: ObjectRule = {
  meta: {
    id: 'latest-image-tag',
    severity: 'information',
    description: 'An image without a tag, or tagged :latest.',
    docs: [
      'An image without a tag means `:latest`, which names whatever was pushed last: two nodes (or two',
      'restarts) may run different code, a rollback has nothing to roll back to, and the kubelet pulls',
      'on every start (`imagePullPolicy` defaults to `Always` for `:latest`). In a multi-container pod',
      'an unpinned sidecar can change under a pinned app. Pin a version, or a digest (`@sha256:...`).',
      '',
      'Wrong:',
      '```yaml',
      '- name: shipper',
      '  image: fluent/fluent-bit',
      '```',
      'Right:',
      '```yaml',
      '- name: shipper',
      '  image: fluent/fluent-bit:3.1.9',
      '```',
    ].join('\n'),
    source: 'best practice; the default imagePullPolicy for :latest is SetDefaults_Container in pkg/apis/core/v1/defaults.go',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        const image = c.value.image;
        if (typeof image !== 'string' || image.trim() === '') continue;
        // Placeholders (`<YOUR-IMAGE>`, `${IMAGE}`) are templates, not references to judge.
        if (!/^[A-Za-z0-9._\-/:@]+$/.test(image.trim())) continue;
        const { tag, digest } = imageTag(image.trim());
        if (digest || (tag !== undefined && tag !== 'latest')) continue;
        const what = tag === undefined ? `has no tag, so it means ${JSON.stringify(`${image.trim()}:latest`)}` : 'is tagged :latest';
        ctx.report({
          path: [...c.path, 'image'],
          at: 'value',
          message: `image ${JSON.stringify(image)} of ${describeContainer(c)} ${what}: pin a version so every node runs the same image`,
        });
      }
    }
  },
};
