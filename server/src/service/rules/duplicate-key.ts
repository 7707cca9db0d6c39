import { isScalar, visit } from 'yaml';
import { scalarKey } from '../model/toPlainValue';
import type { YamlRule } from './types';

export const duplicateKey: YamlRule = {
  meta: {
    id: 'duplicate-key',
    severity: 'error',
    description: 'A mapping sets the same key twice.',
    docs: [
      'YAML forbids duplicate keys, and kubectl rejects them',
      '(`yaml: unmarshal errors: line 12: key "selector" already set in map`). Tools that accept',
      'them silently keep one of the values, so what was meant is ambiguous: merge the two entries',
      'or delete one.',
      '',
      'Wrong:',
      '```yaml',
      'spec:',
      '  selector:',
      '    name: etcd',
      '  replicas: 3',
      '  selector:',
      '    name: etcd',
      '```',
      'Right: keep one `selector`.',
    ].join('\n'),
    source: 'go-yaml v2 decode (`key %#v already set in map`), via sigs.k8s.io/yaml',
    scope: 'yaml',
  },
  check(ctx) {
    const doc = ctx.document;
    if (doc.fatal) return; // a broken tree yields only cascades
    const duplicates = doc.syntaxIssues.filter((i) => i.code === 'DUPLICATE_KEY');
    if (!duplicates.length) return;
    const at = new Set(duplicates.map((d) => d.start));
    visit(doc.yaml, {
      Map(_, map) {
        const firstLine = new Map<string, number>();
        for (const pair of map.items) {
          const key = scalarKey(pair.key);
          if (key === undefined || !isScalar(pair.key) || !pair.key.range) continue;
          const [start, end] = pair.key.range;
          const earlier = firstLine.get(key);
          if (earlier === undefined) {
            firstLine.set(key, doc.position(start).line);
          } else if (at.has(start)) {
            const above = doc.position(start).line - earlier;
            ctx.report({
              path: [],
              range: doc.range(start, end),
              message: `duplicate key ${JSON.stringify(key)}: already set ${above === 0 ? 'earlier on this line' : above === 1 ? 'on the line above' : `${above} lines above`} in the same mapping (kubectl: "key already set in map"); merge the two entries or remove one`,
            });
          }
        }
      },
    });
  },
};
