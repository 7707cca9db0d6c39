import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isHelmTemplate } from '../../server/src/cli/helm';
import { podlint, tempDir } from '../helpers/cli';

const pod = (name: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers: [{name: app, image: nginx:1.27${extra}}]\n`;
const BAD = pod('bad', ', Ports: []');
/** The files a run reported on, from the JSON output. */
const filesOf = (stdout: string): string[] => (JSON.parse(stdout) as { results: { file: string }[] }).results.map((r) => r.file);

describe('directory walks and excludes', () => {
  it('walks *.yaml and *.yml in a stable order, skipping node_modules, hidden entries and other files', () => {
    const dir = tempDir({
      'b.yml': pod('b'),
      'a/z.yaml': pod('z'),
      'a/B.YAML': pod('upper'),
      'node_modules/x/pod.yaml': BAD,
      '.git/pod.yaml': BAD,
      '.github/workflows/ci.yml': 'on: push\n',
      'notes.txt': BAD,
    });
    const r = podlint(['--format', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(filesOf(r.stdout), ['a/B.YAML', 'a/z.yaml', 'b.yml']);
  });

  it('.podlintignore (gitignore syntax, negation included) and --ignore-pattern exclude walked and named files', () => {
    const dir = tempDir({
      '.podlintignore': '# generated\nrendered/\n*.generated.yaml\n!keep.generated.yaml\n',
      'rendered/pod.yaml': BAD,
      'x.generated.yaml': BAD,
      'keep.generated.yaml': pod('keep'),
      'apps/web.yaml': pod('web'),
      'apps/legacy/old.yaml': BAD,
    });
    const r = podlint(['--format', 'json', '--ignore-pattern', 'apps/legacy', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(filesOf(r.stdout), ['apps/web.yaml', 'keep.generated.yaml']);
    // A pre-commit hook names the changed files: ignored ones stay ignored.
    const named = podlint(['--format', 'json', 'rendered/pod.yaml', 'x.generated.yaml', 'apps/web.yaml'], { cwd: dir });
    assert.deepEqual(filesOf(named.stdout), ['apps/web.yaml']);
    // Without the exclude, the same directory has errors: the ignore rules are what made it clean.
    fs.rmSync(path.join(dir, '.podlintignore'));
    assert.equal(podlint(['.'], { cwd: dir }).code, 1);
  });

  it('finds .podlintignore above the working directory; its patterns are relative to its own directory', () => {
    const dir = tempDir({ '.podlintignore': '/deploy/vendor/\n', 'deploy/vendor/pod.yaml': BAD, 'deploy/app.yaml': pod('app') });
    const r = podlint(['--format', 'json', '.'], { cwd: path.join(dir, 'deploy') });
    assert.deepEqual(filesOf(r.stdout), ['app.yaml']);
  });

  it('names each file once, however often it is reached', () => {
    const dir = tempDir({ 'pod.yaml': BAD });
    const r = podlint(['pod.yaml', '.', path.join(dir, 'pod.yaml')], { cwd: dir });
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1, r.stdout);
  });

  it('does not loop on a symbolic link back up the tree', () => {
    const dir = tempDir({ 'apps/pod.yaml': pod('p') });
    fs.symlinkSync(dir, path.join(dir, 'apps', 'loop'));
    const r = podlint(['--format', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(filesOf(r.stdout), ['apps/pod.yaml']);
  });
});

describe('stdin', () => {
  it('--stdin-filename names the input and picks up that directory\'s .podlint.yaml', () => {
    const dir = tempDir({ 'apps/.podlint.yaml': 'rules:\n  unknown-field: warning\n' });
    const r = podlint(['--stdin-filename', 'apps/pod.yaml', '-'], { cwd: dir, stdin: BAD });
    assert.equal(r.code, 0, 'the config downgraded the error');
    assert.match(r.stdout, /^apps\/pod\.yaml:5:47 warning unknown field "Ports"/);
    assert.match(podlint(['-'], { cwd: dir, stdin: BAD }).stdout, /^<stdin>:5:47 error unknown field "Ports"/);
  });

  it('a multi-document stream (kubectl kustomize, helm template) is checked document by document, lines counted in the stream', () => {
    const stream = [
      '---',
      '# Source: demo/templates/service.yaml',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web}',
      'spec: {ports: [{port: 80}]}',
      '---',
      '# Source: demo/templates/deployment.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: nginx:1.27',
      '          imagePullPolicy: always',
      '---',
      pod('second', ', Ports: []'),
    ].join('\n');
    const r = podlint(['-'], { cwd: tempDir({}), stdin: stream });
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.stdout.split('\n').filter(Boolean).map((l) => l.split(' ').slice(0, 2).join(' ')),
      ['<stdin>:20:28 error', '<stdin>:26:47 error'],
    );
  });

  it('a raw Helm template piped in is skipped with a note, not reported', () => {
    const template = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  containers: []\n';
    const r = podlint(['--format', 'json', '-'], { stdin: template });
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout).results, [{ file: '<stdin>', skipped: JSON.parse(r.stdout).results[0].skipped, diagnostics: [] }]);
    assert.match(JSON.parse(r.stdout).results[0].skipped, /^a Helm chart template/);
    const text = podlint(['-'], { stdin: template });
    assert.equal(text.stdout, '');
    assert.match(text.stderr, /^podlint: <stdin>: skipped, a Helm chart template/);
  });
});

describe('recognising raw Helm templates', () => {
  it('template actions where YAML structure goes', () => {
    for (const text of [
      'metadata:\n  name: {{ include "x.fullname" . }}\n',
      'spec:\n{{- if .Values.enabled }}\n  replicas: 1\n{{- end }}\n',
      '  labels:\n    {{- include "x.labels" . | nindent 4 }}\n',
      'args:\n  - {{ .Values.arg }}\n',
      'image: {{.Values.image}}\n',
      '{{/* a comment */}}\nkind: Pod\n',
      'name: {{ $name }}\n',
    ]) {
      assert.ok(isHelmTemplate(text), text);
    }
  });

  it('braces that are data, not templates: quoted strings, Argo parameters, flow mappings, comments', () => {
    for (const text of [
      'annotations:\n  summary: "{{ $labels.pod }} is down"\n',
      "args: ['{{ .Values.x }}']\n",
      'args: ["echo", "{{inputs.parameters.message}}"]\n',
      'message: {{inputs.parameters.message}}\n',
      'metadata: {labels: {app: web}}\n',
      '# name: {{ .Values.name }}\n',
    ]) {
      assert.ok(!isHelmTemplate(text), text);
    }
  });
});
