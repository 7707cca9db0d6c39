import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('empty-containers', {
  valid: [
    {
      name: 'one container; a pod spec without the list is required-field\'s to report',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: app, image: nginx:1.27}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: q}
        spec:
          initContainers: [{name: setup, image: busybox:1.36}]
      `,
    },
  ],
  invalid: [
    {
      name: 'only init containers, in a Job template',
      text: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              restartPolicy: Never
              initContainers: [{name: setup, image: busybox:1.36}]
              containers: []
      `,
      findings: [{ at: '9:7-9:17', message: 'Required value: containers must list at least one container (init and ephemeral containers do not count)', path: 'spec.template.spec.containers' }],
    },
  ],
});
