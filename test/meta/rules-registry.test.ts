import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/service/rules/registry';
import { renderRuleDocs } from '../../scripts/generate-rule-docs';

const root = path.join(__dirname, '..', '..');
const rulesDir = path.join(root, 'server', 'src', 'service', 'rules');

describe('the rule registry', () => {
  it('ids are unique and kebab-case', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  for (const rule of RULES) {
    const { id } = rule.meta;
    it(`${id}: own module, own test, documented`, () => {
      const moduleFile = path.join(rulesDir, `${id}.ts`);
      assert.ok(fs.existsSync(moduleFile), `missing ${path.relative(root, moduleFile)}`);
      assert.match(fs.readFileSync(moduleFile, 'utf8'), new RegExp(`id: '${id}'`), `${id}.ts does not define rule ${id}`);
      const testFile = path.join(root, 'test', 'rules', `${id}.test.ts`);
      assert.ok(fs.existsSync(testFile), `missing ${path.relative(root, testFile)}`);
      assert.ok(rule.meta.description.length > 10 && !rule.meta.description.includes('\n'));
      assert.match(rule.meta.docs, /Wrong/);
      assert.match(rule.meta.docs, /Right/);
      assert.ok(rule.meta.source.length > 10, 'cite the Kubernetes source the rule mirrors');
      // A pod rule must work in pod templates too, where the paths and ranges differ.
      if (rule.meta.scope === 'workload') {
        assert.match(fs.readFileSync(testFile, 'utf8'), /kind: (Deployment|StatefulSet|DaemonSet|ReplicaSet|ReplicationController|Job|CronJob|PodTemplate)\b/, `${id}: no test case in a workload template`);
      }
    });
  }

  it('every rule module is registered', () => {
    const helpers = new Set(['types', 'engine', 'registry', 'locate', 'schemaErrors', 'changeValue', 'volumeSources']);
    const modules = fs
      .readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
      .filter((f) => !helpers.has(f));
    assert.deepEqual(modules.sort(), RULES.map((r) => r.meta.id).sort());
  });

  it('docs/rules.md is generated from the registry and up to date', () => {
    assert.equal(fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8'), renderRuleDocs(), 'run "npm run docs"');
  });
});

describe('architecture', () => {
  const serviceDir = path.join(root, 'server', 'src', 'service');
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const importsOf = (file: string): string[] =>
    [...fs.readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]);

  it('the language service imports no LSP connection, no server code and no vscode API', () => {
    for (const file of files(serviceDir)) {
      for (const spec of importsOf(file)) {
        assert.ok(!/^vscode-languageserver(\/|$)|^vscode$|^vscode-languageclient/.test(spec), `${path.relative(root, file)} imports ${spec}`);
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          assert.ok(target.startsWith(serviceDir), `${path.relative(root, file)} reaches outside the service: ${spec}`);
        }
      }
    }
  });

  it('has no import cycles', () => {
    const graph = new Map<string, string[]>();
    const resolve = (from: string, spec: string): string | undefined => {
      const base = path.resolve(path.dirname(from), spec);
      return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
    };
    for (const file of files(path.join(root, 'server', 'src'))) {
      graph.set(file, importsOf(file).filter((s) => s.startsWith('.')).map((s) => resolve(file, s)).filter((f): f is string => !!f));
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      assert.notEqual(state.get(file), 'visiting', `import cycle: ${[...trail, file].map((f) => path.relative(root, f)).join(' -> ')}`);
      state.set(file, 'visiting');
      for (const dep of graph.get(file) ?? []) visit(dep, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
  });

  it('modules stay small', () => {
    for (const file of files(path.join(root, 'server', 'src'))) {
      const lines = fs.readFileSync(file, 'utf8').split('\n').length;
      assert.ok(lines <= 400, `${path.relative(root, file)} has ${lines} lines`);
    }
  });
});
