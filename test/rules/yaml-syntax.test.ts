import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ruleTester } from '../helpers/ruleTester';
import { diagnose, yaml } from '../helpers/service';

ruleTester('yaml-syntax', {
  valid: [
    {
      name: 'KYAML flow style with comments and trailing commas',
      text: yaml`
        {
          apiVersion: "v1",
          kind: "Pod",
          metadata: {name: "p"},  # flow style
          spec: {containers: [{name: "app", image: "nginx:1.27"},]},
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'lines indented after the first key: one error, nothing else',
      text: yaml`
        apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
      `,
      findings: [{ at: '1:13-1:14', message: /^YAML syntax error: .*: a key is probably indented too far, or a ":" is missing on the line above$/ }],
    },
    {
      name: 'a tab used for indentation',
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: p\n',
      findings: [{ at: '4:1-4:2', message: /Tabs are not allowed as indentation: indent with spaces$/ }],
    },
    {
      name: 'an unknown alias',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: *missing
      `,
      findings: [{ at: '5:15-5:23', message: 'YAML syntax error: unknown anchor "missing" referenced; define it with &missing before using *missing' }],
    },
  ],
});

it('yaml-syntax: a broken document that is not Kubernetes gets nothing', () => {
  assert.deepEqual(diagnose('steps:\n  - run: [oops\n'), []);
});
