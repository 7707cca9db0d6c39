import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { useColor } from '../../server/src/cli/color';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/formats/github';
import { podlint, tempDir } from '../helpers/cli';

const pod = (extra: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: nginx:1.27${extra}}]\n`;
const CLEAN = pod('');
const UNKNOWN = pod(', Ports: []'); // unknown-field (error by default)
const PULL = pod(', imagePullPolicy: always'); // unsupported-value (error by default)

/** A directory with 2 unknown-field and 1 unsupported-value problems; warnings come from --rule. */
function project(): string {
  return tempDir({ 'a.yaml': UNKNOWN, 'b.yaml': UNKNOWN, 'c.yaml': PULL, 'ok.yaml': CLEAN });
}
const asWarnings = ['--rule', 'unknown-field=warning', '--rule', 'unsupported-value=warning'];

describe('exit codes', () => {
  it('0 clean, 1 errors, 2 usage or I/O', () => {
    const dir = project();
    assert.equal(podlint(['ok.yaml'], { cwd: dir }).code, 0);
    assert.equal(podlint(['.'], { cwd: dir }).code, 1);
    assert.equal(podlint(['missing.yaml'], { cwd: dir }).code, 2);
    assert.equal(podlint(['--max-warnings', 'many', '.'], { cwd: dir }).code, 2);
    assert.equal(podlint(['--stdin-filename', 'x.yaml', '.'], { cwd: dir }).code, 2);
    assert.equal(podlint(['-', '-'], { cwd: dir, stdin: CLEAN }).code, 2);
    assert.equal(podlint(['--quiet=yes', '.'], { cwd: dir }).code, 2);
  });

  it('an unreadable file among readable ones is still exit 2, after reporting the others', () => {
    const dir = project();
    fs.symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'dangling.yaml'));
    const r = podlint(['.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read dangling\.yaml/);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 3);
  });

  it('warnings alone exit 0; more than --max-warnings exit 1; exactly that many exit 0', () => {
    const dir = project();
    assert.equal(podlint([...asWarnings, '.'], { cwd: dir }).code, 0);
    const over = podlint([...asWarnings, '--max-warnings', '2', '.'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /3 warnings, more than --max-warnings 2/);
    assert.equal(podlint([...asWarnings, '--max-warnings', '3', '.'], { cwd: dir }).code, 0);
    assert.equal(podlint([...asWarnings, '--max-warnings=0', '.'], { cwd: dir }).code, 1);
  });
});

describe('--quiet and --summary', () => {
  it('--quiet prints errors only; hidden warnings still count against --max-warnings', () => {
    const dir = project();
    const r = podlint(['--quiet', '--rule', 'unknown-field=warning', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual(r.stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[0]), ['c.yaml:5:64']);
    const warningsOnly = podlint(['--quiet', ...asWarnings, '.'], { cwd: dir });
    assert.deepEqual([warningsOnly.code, warningsOnly.stdout], [0, '']);
    assert.equal(podlint(['--quiet', ...asWarnings, '--max-warnings', '1', '.'], { cwd: dir }).code, 1);
  });

  it('--summary counts problems per rule and severity, most severe first', () => {
    const dir = project();
    const r = podlint(['--summary', '--rule', 'unsupported-value=warning', '.'], { cwd: dir });
    const summary = r.stdout.slice(r.stdout.indexOf('\n\n') + 2);
    assert.equal(summary, '2  error        unknown-field\n1  warning      unsupported-value\n3 problems (2 errors, 1 warning) in 4 files\n');
    const json = JSON.parse(podlint(['--format', 'json', '--summary', '--quiet', '.'], { cwd: dir }).stdout);
    assert.deepEqual(json.summary.rules, [
      { rule: 'unknown-field', severity: 'error', count: 2 },
      { rule: 'unsupported-value', severity: 'error', count: 1 },
    ]);
    assert.deepEqual(podlint(['--summary', 'ok.yaml'], { cwd: dir }).stdout, '0 problems (0 errors, 0 warnings) in 1 file\n');
  });

  it('--summary with sarif goes to stderr, so stdout stays one JSON document', () => {
    const r = podlint(['--format', 'sarif', '--summary', '.'], { cwd: project() });
    JSON.parse(r.stdout);
    assert.match(r.stderr, /3 problems \(3 errors, 0 warnings\) in 4 files/);
  });
});

describe('colors', () => {
  it('only on a terminal, unless NO_COLOR, FORCE_COLOR or a flag says otherwise', () => {
    assert.equal(useColor(undefined, {}, true), true);
    assert.equal(useColor(undefined, {}, false), false);
    assert.equal(useColor(undefined, { TERM: 'dumb' }, true), false);
    assert.equal(useColor(undefined, { NO_COLOR: '1' }, true), false);
    assert.equal(useColor(undefined, { NO_COLOR: '' }, true), true, 'an empty NO_COLOR does not count');
    assert.equal(useColor(undefined, { FORCE_COLOR: '1' }, false), true);
    assert.equal(useColor(undefined, { FORCE_COLOR: '0' }, true), false);
    assert.equal(useColor(false, { FORCE_COLOR: '1' }, true), false);
    assert.equal(useColor(true, {}, false), true);
  });

  it('text output is colored on a TTY and plain in a pipe; other formats never are', () => {
    const dir = project();
    const tty = podlint(['a.yaml'], { cwd: dir, tty: true });
    assert.equal(tty.stdout, '\x1b[1ma.yaml:5:47\x1b[22m \x1b[31merror\x1b[39m unknown field "Ports" in a container; did you mean "ports"? \x1b[2m(unknown-field)\x1b[22m\n');
    assert.doesNotMatch(podlint(['a.yaml'], { cwd: dir }).stdout, /\x1b/);
    assert.doesNotMatch(podlint(['a.yaml'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } }).stdout, /\x1b/);
    assert.doesNotMatch(podlint(['--format', 'github', 'a.yaml'], { cwd: dir, tty: true }).stdout, /\x1b/);
  });
});

describe('GitHub workflow command escaping', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
    assert.equal(escapeProperty('dir/a,b: c%\n'), 'dir/a%2Cb%3A c%25%0A');
  });

  it('a multi-line message stays one annotation; odd file names stay one property', () => {
    const diagnostic: Diagnostic = { range: { start: { line: 2, character: 4 }, end: { line: 3, character: 1 } }, severity: 2, code: 'some-rule', message: 'first line\nsecond: 100%' };
    const out = formatGithub({
      results: [{ file: 'a,b:c.yaml', absolutePath: '/work/a,b:c.yaml', diagnostics: [diagnostic] }],
      rules: new Map(),
      cwd: '/work',
      version: '0.0.0',
      color: false,
      complete: true,
    });
    // Columns are left out for a range over several lines: GitHub ignores them there.
    assert.equal(out.stdout, '::warning file=a%2Cb%3Ac.yaml,line=3,endLine=4,title=podlint (some-rule)::first line%0Asecond: 100%25\n');
  });
});
