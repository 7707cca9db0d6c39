import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { FIXTURE, podlint, tempDir } from '../helpers/cli';

/**
 * The SARIF 2.1.0 JSON schema (final OASIS version, 2.1.0-rtm.5) as shipped by Microsoft's
 * @microsoft/jest-sarif package, a draft-04 schema. Its `language` pattern is not valid as a
 * Unicode regular expression, hence unicodeRegExp: false.
 */
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function assertValidSarif(stdout: string): any {
  const sarif = JSON.parse(stdout);
  const ok = validateSarif(sarif);
  assert.ok(ok, JSON.stringify(validateSarif.errors, null, 2));
  return sarif;
}

const BAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      ports:\n        - ContainerPort: 8080\n';

describe('SARIF output against the SARIF 2.1.0 schema', () => {
  it('the schema catches what code scanning would reject (the validator is not a no-op)', () => {
    assert.equal(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'podlint' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
    assert.equal(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'podlint', rules: [{ id: 'x', helpUri: 'not a uri' }] } } }] }), false);
  });

  it('the golden project: every result, rule and notification is valid', () => {
    const r = podlint(['--format', 'sarif', '.'], { cwd: FIXTURE });
    assert.equal(r.code, 1);
    const sarif = assertValidSarif(r.stdout);
    const run = sarif.runs[0];
    assert.equal(run.results.length, 4);
    // Every result points at its rule's metadata, by id and by index.
    for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.deepEqual(run.tool.driver.rules.map((rule: { id: string }) => rule.id), ['unknown-field', 'unsupported-value', 'yaml-syntax']);
  });

  it('a clean run is valid SARIF with no results', () => {
    const dir = tempDir({ 'ok.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: nginx:1.27}]\n' });
    const r = podlint(['--format', 'sarif', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    const sarif = assertValidSarif(r.stdout);
    assert.deepEqual(sarif.runs[0].results, []);
    assert.deepEqual(sarif.runs[0].tool.driver.rules, []);
  });

  it('stdin with and without --stdin-filename, and files outside the working directory', () => {
    const named = assertValidSarif(podlint(['--format', 'sarif', '--stdin-filename', 'k8s/pod.yaml', '-'], { cwd: FIXTURE, stdin: BAD }).stdout);
    assert.deepEqual(named.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'k8s/pod.yaml', uriBaseId: '%SRCROOT%' });
    const unnamed = assertValidSarif(podlint(['--format', 'sarif', '-'], { cwd: FIXTURE, stdin: BAD }).stdout);
    assert.equal(unnamed.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, '%3Cstdin%3E');
    const outside = tempDir({ 'pod.yaml': BAD });
    const r = assertValidSarif(podlint(['--format', 'sarif', path.join(outside, 'pod.yaml')], { cwd: FIXTURE }).stdout);
    const location = r.runs[0].results[0].locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, `file://${path.join(outside, 'pod.yaml')}`);
    assert.equal(location.artifactLocation.uriBaseId, undefined, 'an absolute URI has no base');
    assert.deepEqual(location.region, { startLine: 10, startColumn: 11, endLine: 10, endColumn: 24 });
  });

  it('an unreadable file marks the run as not successful, and the run stays valid', () => {
    const dir = tempDir({ 'pod.yaml': BAD });
    fs.symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'dangling.yaml'));
    const r = podlint(['--format', 'sarif', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /podlint: cannot read dangling\.yaml: ENOENT/);
    const sarif = assertValidSarif(r.stdout);
    assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
    assert.equal(sarif.runs[0].results.length, 1);
  });
});
