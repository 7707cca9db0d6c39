import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { corpusDir, yamlFiles } from '../helpers/corpus';
import { service } from '../helpers/service';
import { edits, FIXTURES, mutate, SCALE, SEED } from './inputs';
import { CLI } from '../helpers/cli';

/** Fixes never lose text: every quick fix and fix-all result parses, edits only its nodes, keeps comments, and is idempotent. */
const uri = 'file:///fix.yaml';
const stats = { texts: 0, quickFixes: 0, fixAlls: 0 };

function syntaxErrors(text: string): number {
  return service.validate(service.parse(text)).filter((d) => d.code === 'yaml-syntax').length;
}

function comments(text: string): string[] {
  return [...text.matchAll(/(?:^|[ \t])(#.*)$/gm)].map((m) => m[1]);
}

function apply(text: string, list: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), [...list]);
}

/**
 * An edit touches one node: the text it replaces stays on one line, without a comment, and so does
 * the text it writes; only a pure insertion (an added field or volume) may write several lines.
 */
function assertNarrow(text: string, list: readonly TextEdit[], what: string): void {
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  for (const e of list) {
    const replaced = doc.getText(e.range);
    assert.ok(!/[\n#]/.test(replaced), `${what} replaces ${JSON.stringify(replaced)}`);
    if (replaced !== '') assert.ok(!/[\n\r]/.test(e.newText), `${what} writes ${JSON.stringify(e.newText)} over ${JSON.stringify(replaced)}`);
  }
}

function checkFixes(text: string): void {
  stats.texts++;
  const errorsBefore = syntaxErrors(text);
  const file = service.parse(text);
  const diagnostics = service.validate(file);
  for (const d of diagnostics) {
    for (const action of service.codeActions(file, { uri, range: d.range, diagnostics: [d], only: ['quickfix'] })) {
      stats.quickFixes++;
      const list = action.edit?.changes?.[uri] ?? [];
      assertNarrow(text, list, `quick fix "${action.title}"`);
      const fixed = apply(text, list);
      assert.ok(syntaxErrors(fixed) <= errorsBefore, `quick fix "${action.title}" broke the YAML:\n${fixed}`);
      assert.deepEqual(comments(fixed), comments(text), `quick fix "${action.title}" lost a comment`);
    }
  }
  const onePass = service.fixAllEdits(file);
  assertNarrow(text, onePass, 'fix-all');
  const { text: fixed } = service.fixAll(text);
  stats.fixAlls++;
  assert.ok(syntaxErrors(fixed) <= errorsBefore, `fix-all broke the YAML:\n${fixed}`);
  assert.deepEqual(comments(fixed), comments(text), 'fix-all lost a comment');
  assert.equal(fixed.split(/\r\n|\r|\n/).length, text.split(/\r\n|\r|\n/).length, 'fix-all changed the number of lines');
  assert.equal(service.fixAll(fixed).text, fixed, 'fix-all is not idempotent');
}

describe('fixes never lose text', () => {
  const invalid = (() => {
    const dir = corpusDir();
    return dir ? yamlFiles(path.join(dir, 'invalid-real')).map((f) => fs.readFileSync(f, 'utf8')) : [];
  })();

  it('on the built-in fixtures and the corpus of real mistakes', () => {
    for (const text of [...FIXTURES, ...invalid]) checkFixes(text);
  });

  it('on random edits of them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES, ...invalid), edits, (text, list) => checkFixes(mutate(text, list))),
      { seed: SEED, numRuns: 300 * SCALE },
    );
    process.stdout.write(`# fixes: ${stats.texts} texts, ${stats.quickFixes} quick fixes, ${stats.fixAlls} fix-alls checked\n`);
    assert.ok(stats.quickFixes > 0 && stats.fixAlls > 0);
  });

  it('--fix rewrites only the files it fixes, through a rename, and leaves the rest untouched (mtime)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-fix-'));
    const broken = path.join(dir, 'broken.yaml');
    const clean = path.join(dir, 'clean.yaml');
    const unfixable = path.join(dir, 'unfixable.yaml');
    fs.writeFileSync(broken, FIXTURES[0]);
    fs.writeFileSync(clean, FIXTURES[1]);
    fs.writeFileSync(unfixable, FIXTURES[1].replace('nginx:1.27', 'Nginx'));
    const old = new Date(Date.now() - 3_600_000);
    for (const f of [broken, clean, unfixable]) fs.utimesSync(f, old, old);
    const inodeBefore = fs.statSync(broken).ino;
    const mtime = (f: string): bigint => fs.statSync(f, { bigint: true }).mtimeNs;
    const [cleanBefore, unfixableBefore] = [mtime(clean), mtime(unfixable)];
    try {
      execFileSync(process.execPath, [CLI, '--fix', dir], { stdio: 'pipe' });
    } catch {
      // exit code 1: errors remain; what matters here is what was written
    }
    assert.equal(mtime(clean), cleanBefore, 'a file without fixes was touched');
    assert.equal(mtime(unfixable), unfixableBefore, 'a file without safe fixes was touched');
    assert.equal(fs.readFileSync(broken, 'utf8'), service.fixAll(FIXTURES[0]).text);
    assert.notEqual(fs.statSync(broken).ino, inodeBefore, 'written in place instead of through a rename');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['broken.yaml', 'clean.yaml', 'unfixable.yaml'], 'a temporary file was left behind');
    fs.rmSync(dir, { recursive: true });
  });
});
