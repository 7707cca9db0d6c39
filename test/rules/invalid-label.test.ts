import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('invalid-label', {
  valid: [
    {
      name: 'prefixed keys, empty and dotted values',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          labels: {app.kubernetes.io/name: web, tier: "", version: 1.2.3_beta}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27}]
      `,
    },
  ],
  invalid: [
    {
      name: 'placeholders in the template labels and the selector; a bad key',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          labels:
            "my app": web
        spec:
          selector:
            matchLabels:
              app: <YOUR-APPLICATION-NAME>
          template:
            metadata:
              labels:
                app: <YOUR-APPLICATION-NAME>
            spec:
              containers: [{name: app, image: nginx:1.27}]
      `,
      findings: [
        { at: '6:5-6:13', message: /^Invalid value "my app" for a label key: name part must consist of alphanumeric characters/ },
        { at: '10:12-10:35', message: /^Invalid value "<YOUR-APPLICATION-NAME>" for label "app": a valid label must be an empty string/, path: 'spec.selector.matchLabels.app' },
        { at: '14:14-14:37', path: 'spec.template.metadata.labels.app' },
      ],
    },
    {
      name: 'a value over 63 characters',
      text: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {commit: ${'f'.repeat(64)}}\nspec:\n  containers: [{name: app, image: nginx:1.27}]\n`,
      findings: [{ at: '5:20-5:84', message: /must be no more than 63 characters/ }],
    },
  ],
});
