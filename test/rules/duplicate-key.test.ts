import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('duplicate-key', {
  valid: [
    {
      name: 'the same key in different mappings',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: {name: p}}
        spec:
          containers: [{name: a, image: nginx:1.27}, {name: b, image: nginx:1.27}]
      `,
    },
  ],
  invalid: [
    {
      name: 'selector twice in a ReplicationController; a Secret is checked too',
      text: yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata:
          name: etcd
        spec:
          selector:
            name: etcd
          replicas: 3
          selector:
            name: etcd
        ---
        apiVersion: v1
        kind: Secret
        type: Opaque
        metadata: {name: s}
        type: kubernetes.io/basic-auth
      `,
      findings: [
        { at: '9:3-9:11', message: 'duplicate key "selector": already set 3 lines above in the same mapping (kubectl: "key already set in map"); merge the two entries or remove one' },
        { at: '16:1-16:5', message: /^duplicate key "type": already set 2 lines above/ },
      ],
    },
  ],
});
