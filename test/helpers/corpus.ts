import fs from 'node:fs';
import path from 'node:path';

/**
 * The shared corpus of real manifests lives beside the project (../shared/corpus), never inside
 * it. PODLINT_CORPUS points elsewhere; where neither exists the corpus tests skip, visibly.
 */
export function corpusDir(): string | undefined {
  const candidates = [process.env.PODLINT_CORPUS, path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus')];
  return candidates.find((c): c is string => !!c && fs.existsSync(path.join(c, 'real')));
}

export const CORPUS_MISSING = 'corpus not found: ../shared/corpus is absent (set PODLINT_CORPUS to run these tests)';

export function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(path.join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}
