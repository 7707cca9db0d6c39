import assert from 'node:assert/strict';
import fc from 'fast-check';
import { after, describe, it } from 'node:test';
import { CORPUS_MISSING } from '../helpers/corpus';
import { corpusTexts, edits, FIXTURES, mutate, SCALE, SEED } from './inputs';
import { exercise } from './limits';

/**
 * Random edits of real manifests through every feature of the service. Invariants: nothing throws,
 * every range lies inside the document, and validation stays bounded (CPU time is counted and the
 * maximum reported; only an absurd bound fails, so a busy machine never makes this flaky).
 */
const CPU_BOUND_MS = 2000;
const stats = { cases: 0, maxCpuMs: 0, maxText: '' };

function run(text: string): void {
  stats.cases++;
  let result: ReturnType<typeof exercise>;
  try {
    result = exercise(text);
  } catch (e) {
    throw new Error(`${(e as Error).stack}\non input ${JSON.stringify(text.slice(0, 2000))}`);
  }
  if (result.cpuMs > stats.maxCpuMs) Object.assign(stats, { maxCpuMs: result.cpuMs, maxText: text.slice(0, 80) });
  assert.ok(result.cpuMs < CPU_BOUND_MS, `validation took ${result.cpuMs} ms of CPU on ${JSON.stringify(text.slice(0, 200))}`);
}

const corpus = corpusTexts();

describe('fuzzing the service', () => {
  after(() => {
    process.stdout.write(`# fuzz (service): ${stats.cases} cases, seed ${SEED}, max validation CPU ${stats.maxCpuMs.toFixed(1)} ms\n`);
  });

  it('built-in fixtures under random edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), edits, (text, list) => run(mutate(text, list))),
      { seed: SEED, numRuns: 400 * SCALE },
    );
  });

  it('truncated at every position', () => {
    for (const text of FIXTURES.slice(0, 3)) for (let i = 0; i <= text.length; i++) run(text.slice(0, i));
  });

  it('every line deleted, and every line duplicated, in turn', () => {
    for (const text of FIXTURES.slice(0, 2)) {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        run([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
        run([...lines.slice(0, i + 1), ...lines.slice(i)].join('\n'));
      }
    }
  });

  it('the shared corpus under random edits', { skip: corpus.length ? false : CORPUS_MISSING }, () => {
    for (const text of corpus) run(text);
    fc.assert(
      fc.property(fc.constantFrom(...corpus), edits, (text, list) => run(mutate(text, list))),
      { seed: SEED, numRuns: 400 * SCALE },
    );
  });
});
