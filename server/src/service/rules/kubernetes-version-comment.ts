import type { FileRule } from './types';

export const kubernetesVersionComment: FileRule = {
  meta: {
    id: 'kubernetes-version-comment',
    severity: 'error',
    description: 'A `# podlint: kubernetes=<version>` comment names a Kubernetes version podlint does not have.',
    docs: [
      'A comment `# podlint: kubernetes=1.31` among the comments that open a file makes podlint check',
      'the whole file against that Kubernetes version, whatever `podlint.kubernetesVersion`,',
      '`.podlint.yaml` or `--kubernetes-version` say. The version must be one podlint bundles',
      '(see schemas/README.md); otherwise the comment is reported and ignored, and the file is checked',
      'against the configured version.',
      '',
      'Wrong:',
      '```yaml',
      '# podlint: kubernetes=1.9',
      'apiVersion: v1',
      'kind: Pod',
      '```',
      'Right:',
      '```yaml',
      '# podlint: kubernetes=1.31',
      'apiVersion: v1',
      'kind: Pod',
      '```',
    ].join('\n'),
    source: 'podlint (the version comment is podlint\'s own, like a vim modeline)',
    scope: 'file',
  },
  check(ctx) {
    const m = ctx.file.modeline;
    if (!m || ctx.kubernetesVersions.includes(m.kubernetes)) return;
    ctx.report({
      path: [],
      range: m.range,
      message:
        `Kubernetes ${JSON.stringify(m.kubernetes)} is not supported; supported versions: ${ctx.kubernetesVersions.join(', ')}` +
        ` (checking against Kubernetes ${ctx.kubernetesVersion})`,
    });
  },
};
