import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir, yamlFiles } from '../helpers/corpus';

/** Seeded and counted: the same cases on every run, more with PODLINT_FUZZ_RUNS (a multiplier). */
export const SEED = Number(process.env.PODLINT_FUZZ_SEED ?? 20261127);
export const SCALE = Math.max(1, Number(process.env.PODLINT_FUZZ_RUNS ?? 1));

const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: web}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      ports:\n        - containerPort: 8080 # http\n';

/** Built-in inputs, so CI without the shared corpus still fuzzes. */
export const FIXTURES: readonly string[] = [
  fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'sidecar-pod.yaml'), 'utf8'),
  pod,
  `${pod}---\n${pod.replace('Pod', 'Deployment').replace('v1', 'apps/v1')}`,
  'base: &b {name: app, image: nginx}\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - <<: *b\n      Image: y\n',
  '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "P"}, "spec": {"containers": [{"name": "a", "image": "x", "ports": [{"ContainerPort": 1}]}]}}\n',
  pod.replace(/\n/g, '\r\n'),
];

/** A bounded sample of the shared corpus (every file when PODLINT_FUZZ_RUNS asks for more). */
export function corpusTexts(limit = 40 * SCALE): string[] {
  const dir = corpusDir();
  if (!dir) return [];
  const files = yamlFiles(dir);
  const step = Math.max(1, Math.floor(files.length / limit));
  return files.filter((_, i) => i % step === 0).slice(0, limit).map((f) => fs.readFileSync(f, 'utf8'));
}

const PUNCTUATION = [':', '-', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '#', '%', '@', ',', '?', '<<: ', ': ', '- ', '---\n', '...\n', '&a ', '*a', '!!binary ', '|-\n'];
const UNICODE = ['\t', '\0', '\ufeff', '\u202e', '\u200f', '\ud800', '\udc00', '😀', 'é', '\u0085', '\u2028', '\r', '\r\n', '\n', ' '];

type Edit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'truncate'; at: number };

/** Positions are fractions of the text's length, so one edit list applies to any text. */
const position = fc.double({ min: 0, max: 1, noNaN: true });
const insertion = fc.oneof(
  fc.constantFrom(...PUNCTUATION),
  fc.constantFrom(...UNICODE),
  fc.array(fc.constantFrom(...PUNCTUATION, ...UNICODE), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: insertion }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), at: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
);
export const edits = fc.array(edit, { minLength: 1, maxLength: 8 });

export function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  switch (e.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'duplicate-line': {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end === -1 ? text.length : end + 1);
      return text.slice(0, start) + line + (line.endsWith('\n') ? '' : '\n') + text.slice(start);
    }
    case 'truncate':
      return text.slice(0, at);
  }
}

export function mutate(text: string, list: readonly Edit[]): string {
  return list.reduce(applyEdit, text);
}
