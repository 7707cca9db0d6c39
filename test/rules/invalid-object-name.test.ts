import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

const pod = (metadata: string): string => `apiVersion: v1\nkind: Pod\n${metadata}\nspec:\n  containers: [{name: app, image: nginx:1.27}]\n`;

ruleTester('invalid-object-name', {
  valid: [
    { name: 'a DNS subdomain name and a label namespace', text: pod('metadata:\n  name: web.v2-canary\n  namespace: shop') },
    { name: 'generateName instead of a name', text: pod('metadata:\n  generateName: job-') },
    {
      name: 'other kinds are not checked',
      text: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: Not_Valid
      `,
    },
  ],
  invalid: [
    {
      name: 'a placeholder name and an uppercase namespace',
      text: pod('metadata:\n  name: <YOUR-DEPLOYMENT-NAME>\n  namespace: Shop'),
      findings: [
        { at: '4:9-4:31', message: /^Invalid value "<YOUR-DEPLOYMENT-NAME>" for metadata.name: a lowercase RFC 1123 subdomain must consist of/ },
        { at: '5:14-5:18', message: /^Invalid value "Shop" for metadata.namespace: a lowercase RFC 1123 label must consist of/ },
      ],
    },
    {
      name: 'a Deployment is checked too',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: Web_1
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: nginx:1.27}]
      `,
      findings: [{ at: '4:9-4:14', message: /^Invalid value "Web_1" for metadata.name: a lowercase RFC 1123 subdomain/ }],
    },
    {
      name: 'no name at all',
      text: pod('metadata:\n  labels: {app: web}'),
      findings: [{ at: '3:1-3:9', message: 'Required value: name or generateName is required in metadata' }],
    },
    {
      name: 'a name over 253 characters',
      text: pod(`metadata:\n  name: ${'a'.repeat(254)}`),
      findings: [{ at: '4:9-4:263', message: /must be no more than 253 characters/ }],
    },
  ],
});
