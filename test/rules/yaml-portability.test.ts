import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('yaml-portability', {
  valid: [
    {
      name: 'portable escapes and standard tags',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: busybox:1.36
              command: ["sh", "-c", "echo \\"it's\\"\\t!"]
              args: [!!str 8080]
      `,
    },
  ],
  invalid: [
    {
      name: "\\' inside double quotes and an unknown tag",
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: busybox:1.36
              command: ["sh", "-c", "echo \\'hi\\'"]
              args: [!Ref x]
      `,
      findings: [
        { at: '8:35-8:37', message: "Invalid escape sequence \\': kubectl accepts it, but it is not valid YAML 1.2 and other tools reject the file; write ' without the backslash" },
        { at: '8:39-8:41' },
        { at: '9:14-9:18', message: 'Unresolved tag: !Ref: kubectl ignores unknown tags and reads the value as plain YAML; remove the tag' },
      ],
    },
  ],
});
