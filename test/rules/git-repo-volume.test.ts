import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

const pod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: site}
  spec:
    containers: [{name: web, image: nginx:1.27, volumeMounts: [{name: site, mountPath: /usr/share/nginx/html}]}]
    volumes:
      - name: site
        gitRepo:
          repository: https://github.com/example/site.git
          revision: main
`;
const INSTEAD = 'clone the repository in an init container into an emptyDir volume that the other containers mount';

ruleTester('git-repo-volume', {
  valid: [
    {
      name: 'an init container cloning into an emptyDir',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: site}
        spec:
          initContainers:
            - {name: clone, image: alpine/git:2.45.2, args: [clone, "https://github.com/example/site.git", /site], volumeMounts: [{name: site, mountPath: /site}]}
          containers: [{name: web, image: nginx:1.27, volumeMounts: [{name: site, mountPath: /usr/share/nginx/html}]}]
          volumes: [{name: site, emptyDir: {}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'Kubernetes 1.36 (the default): the gate is locked off',
      text: pod,
      findings: [
        {
          at: '8:7-8:14',
          message: `spec.volumes[0].gitRepo: deprecated in v1.11, and disabled by default in v1.33+; Kubernetes 1.36 locks the GitRepoVolumeDriver feature gate off, so the kubelet cannot mount the volume and the pod never starts: ${INSTEAD}`,
          path: 'spec.volumes[0].gitRepo',
        },
      ],
    },
    {
      name: 'Kubernetes 1.33: off unless the node enables it',
      text: pod,
      settings: { kubernetesVersion: '1.33' },
      findings: [
        {
          at: '8:7-8:14',
          message: `spec.volumes[0].gitRepo: deprecated in v1.11, and disabled by default in v1.33+: unless the node enables the GitRepoVolumeDriver feature gate, the kubelet refuses to mount the volume and the pod never starts; ${INSTEAD}`,
        },
      ],
    },
    {
      name: 'Kubernetes 1.32: deprecated, still mounted',
      text: pod,
      settings: { kubernetesVersion: '1.32' },
      findings: [{ at: '8:7-8:14', message: `spec.volumes[0].gitRepo: deprecated in v1.11; Kubernetes 1.33 turns the kubelet's gitRepo plugin off by default: ${INSTEAD}` }],
    },
    {
      name: 'in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: site}
        spec:
          selector: {matchLabels: {app: site}}
          template:
            metadata: {labels: {app: site}}
            spec:
              containers: [{name: web, image: nginx:1.27}]
              volumes: [{name: site, emptyDir: {}}, {name: docs, gitRepo: {repository: "https://github.com/example/docs.git"}}]
      `,
      findings: [{ at: '10:58-10:65', message: /^spec\.template\.spec\.volumes\[1\]\.gitRepo: deprecated in v1\.11, and disabled by default in v1\.33\+/, path: 'spec.template.spec.volumes[1].gitRepo' }],
    },
  ],
});
