import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/service/rules/registry';
import { FIXTURE, podlint, ROOT } from '../helpers/cli';

/**
 * Golden files: the exact output of each format on test/fixtures/cli/project. Set UPDATE_GOLDEN=1
 * to rewrite them, then review the diff. What changes without the CLI changing (the package's
 * location and version, the rules' long docs) is replaced by placeholders, after it is checked.
 */
const GOLDEN_DIR = path.join(ROOT, 'test', 'fixtures', 'cli', 'golden');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function normalize(text: string): string {
  const dirUrl = (dir: string) => pathToFileURL(dir).href.replace(/\/?$/, '/');
  return text.split(dirUrl(FIXTURE)).join('file://<cwd>/').split(dirUrl(ROOT)).join('file://<package>/');
}

/** Checks the SARIF parts that follow the package and the registry, then puts placeholders there. */
function normalizeSarif(stdout: string): string {
  const sarif = JSON.parse(stdout);
  const driver = sarif.runs[0].tool.driver;
  assert.equal(driver.version, VERSION);
  assert.equal(driver.semanticVersion, VERSION);
  driver.version = driver.semanticVersion = '<version>';
  for (const rule of driver.rules) {
    const meta = RULES.find((r) => r.meta.id === rule.id)?.meta;
    assert.ok(meta, `rule ${rule.id} is registered`);
    assert.deepEqual(rule.help, { text: meta.docs, markdown: meta.docs });
    rule.help = `<docs of ${rule.id}>`;
  }
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function golden(name: string, args: string[], normalizeStdout: (s: string) => string = (s) => s): void {
  const r = podlint(args, { cwd: FIXTURE });
  const actual = normalize(`$ podlint ${args.join(' ')}\nexit code: ${r.code}\n--- stdout\n${normalizeStdout(r.stdout)}--- stderr\n${r.stderr}`);
  const file = path.join(GOLDEN_DIR, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN) {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name}: output differs from ${path.relative(ROOT, file)} (UPDATE_GOLDEN=1 rewrites it)`);
}

describe('CLI output formats (golden files)', () => {
  it('text: file:line:col severity message (rule); the Helm template and ignored files skipped', () => {
    golden('text', ['.']);
  });

  it('text with --summary', () => {
    golden('text-summary', ['--summary', '.']);
  });

  it('json: the documented schema, with the skipped template as an entry', () => {
    golden('json', ['--format', 'json', '.']);
  });

  it('json with --summary and a rule downgraded to a warning', () => {
    golden('json-summary', ['--format', 'json', '--summary', '--rule', 'unsupported-value=warning', '.']);
  });

  it('sarif: rules with metadata, results with regions, levels as configured', () => {
    golden('sarif', ['--format', 'sarif', '--rule', 'unsupported-value=warning', '--rule', 'yaml-syntax=information', '.'], normalizeSarif);
  });

  it('github: workflow-command annotations with escaped properties', () => {
    golden('github', ['--format', 'github', '--rule', 'unsupported-value=warning', '--rule', 'yaml-syntax=information', '.']);
  });
});
