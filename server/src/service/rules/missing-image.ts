import type { ObjectRule } from './types';

export const missingImage: ObjectRule = {
  meta: {
    id: 'missing-image',
    severity: 'error',
    description: 'A container without an image, or (in a Pod) an image with whitespace around it.',
    docs: [
      'The OpenAPI schema marks `image` optional (so that controllers can fill it in), but the API server',
      'rejects every Pod and pod template whose containers, init containers or ephemeral containers',
      'lack one: `spec.containers[0].image: Required value`. A sidecar copied from another manifest',
      'without its `image` line is the usual cause.',
      '',
      'Wrong:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    ports:',
      '      - containerPort: 8080',
      '```',
      'Right:',
      '```yaml',
      'containers:',
      '  - name: app',
      '    image: registry.example.com/app:1.4.2',
      '    ports:',
      '      - containerPort: 8080',
      '```',
    ].join('\n'),
    source: 'validateContainerCommon in pkg/apis/core/validation/validation.go (field.Required(path.Child("image")))',
    scope: 'workload',
  },
  check(ctx) {
    for (const pod of ctx.podSpecs) {
      for (const c of pod.containers) {
        const image = c.value.image;
        if (image !== undefined && typeof image !== 'string') continue; // a type error, reported by invalid-type
        const who = c.name ? `container ${JSON.stringify(c.name)}` : `${c.group}[${c.index}]`;
        if (typeof image === 'string' && image !== '' && image.trim() !== image) {
          // A pod template may carry " " as a token a controller replaces (validateContainerCommon
          // keeps it for that); a Pod's image is pulled as written.
          if (!pod.isTemplate) {
            ctx.report({ path: [...c.path, 'image'], at: 'value', message: `Invalid value: ${JSON.stringify(image)}: must not have leading or trailing whitespace (image of ${who})` });
          }
          continue;
        }
        if (typeof image === 'string' && image !== '') continue;
        ctx.report({
          path: image === undefined ? c.path : [...c.path, 'image'],
          at: image === undefined ? 'anchor' : 'value',
          message: `Required value: ${who} has no image; set "image" to the container image to run (for example "nginx:1.27")`,
        });
      }
    }
  },
};
