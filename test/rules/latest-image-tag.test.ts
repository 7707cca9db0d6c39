import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('latest-image-tag', {
  valid: [
    {
      name: 'pinned tags, digests, a registry with a port, placeholders',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - {name: a, image: nginx:1.27}
            - {name: b, image: "registry.example.com:5000/team/app:2.1.0"}
            - {name: c, image: "busybox@sha256:2376a0c12759aa1214ba83e771ff252c7b1663216b192fbe5e0fb364e952f85c"}
            - {name: d, image: "<YOUR-IMAGE>"}
      `,
    },
  ],
  invalid: [
    {
      name: 'untagged, :latest, and a registry port without a tag',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
            - name: init
              image: busybox
          containers:
            - name: app
              image: nginx:latest
            - name: shipper
              image: localhost:5000/shipper
      `,
      findings: [
        {
          at: '7:14-7:21',
          message: 'image "busybox" of init container "init" has no tag, so it means "busybox:latest": pin a version so every node runs the same image',
          path: 'spec.initContainers[0].image',
        },
        { at: '10:14-10:26', message: 'image "nginx:latest" of container "app" is tagged :latest: pin a version so every node runs the same image' },
        { at: '12:14-12:36', message: /^image "localhost:5000\/shipper" of container "shipper" has no tag/ },
      ],
    },
    {
      name: 'in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx}]
      `,
      findings: [{ at: '9:39-9:44', message: /^image "nginx" of container "app" has no tag/, path: 'spec.template.spec.containers[0].image' }],
    },
  ],
});
