import { ruleTester } from '../helpers/ruleTester';
import { service } from '../helpers/service';

const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: nginx}]\n';
const supported = service.kubernetesVersions.join(', ');

ruleTester('kubernetes-version-comment', {
  valid: [
    { name: 'a supported version', text: `# podlint: kubernetes=1.31\n${pod}` },
    { name: 'no version comment', text: `# a pod\n${pod}` },
    { name: 'a bad version in a comment after the content is not a version comment', text: `${pod}# podlint: kubernetes=1.9\n` },
    { name: 'a bad version in a later document is not the file\'s comment', text: `${pod}---\n# podlint: kubernetes=1.9\n${pod}` },
  ],
  invalid: [
    {
      name: 'an unknown minor version',
      text: `# podlint: kubernetes=1.9\n${pod}`,
      findings: [{ at: '1:23-1:26', message: `Kubernetes "1.9" is not supported; supported versions: ${supported} (checking against Kubernetes 1.36)` }],
    },
    {
      name: 'not a version at all, after a blank line, a comment and a document marker',
      text: `# team: payments\n\n---\n#   podlint:  kubernetes = latest\n${pod}`,
      findings: [{ at: '4:28-4:34', message: /^Kubernetes "latest" is not supported; supported versions: 1\.28, / }],
    },
    {
      name: 'a comment-only first document still opens the file',
      text: `# podlint: kubernetes=2.0\n---\n${pod}`,
      findings: [{ at: '1:23-1:26', path: '' }],
    },
  ],
});
