import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { USAGE } from '../../server/src/cli/args';
import { podlintProcess, ROOT, tempDir } from '../helpers/cli';

// These run the built bin entry as a child process: the real argv, pipes and exit codes.
const podlint = (args: string[], input?: string) => podlintProcess(args, { stdin: input });

const BAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      ports:\n        - ContainerPort: 8080 # http\n          protocol: tcp\n      resources: {requests: {cpu: 10m}}\n';
const GOOD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: nginx:1.27, resources: {requests: {cpu: 10m}}}]\n';

describe('podlint CLI', () => {
  it('prints file:line:col severity message (rule) and exits 1 on errors', () => {
    const dir = tempDir({ 'pod.yaml': BAD });
    const r = podlint([path.join(dir, 'pod.yaml')]);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      `${path.join(dir, 'pod.yaml')}:10:11 error unknown field "ContainerPort" in a container port; did you mean "containerPort"? (unknown-field)\n` +
        `${path.join(dir, 'pod.yaml')}:11:21 error Unsupported value "tcp" for protocol: supported values: "SCTP", "TCP", "UDP"; did you mean "TCP"? (unsupported-value)\n`,
    );
  });

  it('JSON output follows the documented schema with LSP positions and object paths', () => {
    const dir = tempDir({ 'pod.yaml': BAD });
    const r = podlint(['--format', 'json', path.join(dir, 'pod.yaml')]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.equal(json.results[0].file, path.join(dir, 'pod.yaml'));
    assert.deepEqual(json.results[0].diagnostics[0], {
      rule: 'unknown-field',
      severity: 'error',
      message: 'unknown field "ContainerPort" in a container port; did you mean "containerPort"?',
      range: { start: { line: 9, character: 10 }, end: { line: 9, character: 23 } },
      path: 'spec.containers[0].ports[0].ContainerPort',
    });
  });

  it('--fix rewrites the file in place, keeps comments, leaves clean files untouched', () => {
    const dir = tempDir({ 'bad.yaml': BAD, 'sub/good.yml': GOOD, 'notes.txt': 'not yaml' });
    const goodStat = fs.statSync(path.join(dir, 'sub/good.yml'));
    const r = podlint(['--fix', dir]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'bad.yaml'), 'utf8'), BAD.replace('ContainerPort', 'containerPort').replace('tcp', 'TCP'));
    assert.equal(fs.statSync(path.join(dir, 'sub/good.yml')).mtimeMs, goodStat.mtimeMs);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.podlint.yaml', 'bad.yaml', 'notes.txt', 'sub'], 'no temporary files left behind');
  });

  it('reads stdin with -, and --fix on stdin prints the fixed text', () => {
    const r = podlint(['-'], BAD);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<stdin>:10:11 error/);
    const fixed = podlint(['--fix', '-'], BAD);
    assert.equal(fixed.stdout, BAD.replace('ContainerPort', 'containerPort').replace('tcp', 'TCP'));
    assert.equal(fixed.code, 0);
  });

  it('--rule changes severities; warnings alone exit 0', () => {
    const dir = tempDir({ 'pod.yaml': BAD });
    const r = podlint(['--rule', 'unknown-field=warning', '--rule', 'unsupported-value=off', path.join(dir, 'pod.yaml')]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /:10:11 warning unknown field/);
    assert.doesNotMatch(r.stdout, /unsupported-value/);
  });

  it('reads .podlint.yaml from the manifest\'s directory or above; flags win over it', () => {
    const dir = tempDir({ '.podlint.yaml': 'rules:\n  unknown-field: off\n  unsupported-value: warning\n', 'apps/pod.yaml': BAD });
    const r = podlint([path.join(dir, 'apps')]);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout, `${path.join(dir, 'apps', 'pod.yaml')}:11:21 warning Unsupported value "tcp" for protocol: supported values: "SCTP", "TCP", "UDP"; did you mean "TCP"? (unsupported-value)\n`);
    assert.match(podlint(['--rule', 'unknown-field=error', path.join(dir, 'apps')]).stdout, /error unknown field "ContainerPort"/);
  });

  it('reports problems of a .podlint.yaml on stderr and still lints', () => {
    const dir = tempDir({ '.podlint.yaml': 'rules:\n  no-such-rule: off\n', 'pod.yaml': BAD });
    const r = podlint([path.join(dir, 'pod.yaml')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\.podlint\.yaml: unknown rule "no-such-rule"/);
  });

  it('exits 2 with a clear message on usage and I/O errors', () => {
    assert.equal(podlint([]).code, 2);
    const unknownOption = podlint(['--frobnicate', 'x.yaml']);
    assert.equal(unknownOption.code, 2);
    assert.match(unknownOption.stderr, /unknown option --frobnicate/);
    const missing = podlint(['/nonexistent/pod.yaml']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'podlint: cannot read /nonexistent/pod.yaml: no such file or directory\n');
    assert.match(podlint(['--rule', 'nope=error', 'x']).stderr, /unknown rule "nope"/);
    assert.match(podlint(['--format', 'xml', 'x']).stderr, /unknown format "xml"/);
  });

  describe('Kubernetes versions', () => {
    const SIDECAR = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n    - name: log\n      image: busybox\n      restartPolicy: Always\n      restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]\n  containers: [{name: app, image: nginx}]\n';
    const gated = (v: string) =>
      `:9:7 error "restartPolicyRules" in an init container requires Kubernetes 1.34 or later; this file is checked against Kubernetes ${v} (unknown-field)\n`;

    it('the same manifest passes on the newest version and fails on an older one', () => {
      const dir = tempDir({ 'pod.yaml': SIDECAR });
      const file = path.join(dir, 'pod.yaml');
      assert.deepEqual(podlint([file]), { code: 0, stdout: '', stderr: '' });
      assert.deepEqual(podlint(['--kubernetes-version', '1.34', file]), { code: 0, stdout: '', stderr: '' });
      assert.deepEqual(podlint(['--kubernetes-version=1.33', file]), { code: 1, stdout: `${file}${gated('1.33')}`, stderr: '' });
    });

    it('precedence: .podlint.yaml, then --kubernetes-version, then the file\'s own comment', () => {
      const dir = tempDir({ '.podlint.yaml': 'kubernetesVersion: "1.33"\n', 'pod.yaml': SIDECAR, 'pinned.yaml': `# podlint: kubernetes=1.32\n${SIDECAR}` });
      const file = path.join(dir, 'pod.yaml');
      assert.equal(podlint([file]).stdout, `${file}${gated('1.33')}`);
      assert.equal(podlint(['--kubernetes-version', '1.36', file]).code, 0);
      const pinned = path.join(dir, 'pinned.yaml');
      assert.equal(podlint(['--kubernetes-version', '1.36', pinned]).stdout, `${pinned}${gated('1.32').replace(':9:', ':10:')}`);
    });

    it('--help lists the versions and the default', () => {
      assert.match(podlint(['--help']).stdout, /\nKubernetes versions: 1\.28, 1\.29, .*, 1\.36 \(default: 1\.36\)\.\n$/);
    });

    it('refuses an unknown version, listing the supported ones', () => {
      const r = podlint(['--kubernetes-version', '1.20', '-'], SIDECAR);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'podlint: --kubernetes-version: Kubernetes "1.20" is not supported; supported versions: 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34, 1.36\n');
      const dir = tempDir({ '.podlint.yaml': 'kubernetesVersion: "1.35"\n', 'pod.yaml': SIDECAR });
      const fromConfig = podlint([path.join(dir, 'pod.yaml')]);
      assert.equal(fromConfig.code, 0, 'the bad version is ignored: the newest applies');
      assert.match(fromConfig.stderr, /\.podlint\.yaml: kubernetesVersion: Kubernetes "1\.35" is not supported; supported versions: 1\.28, .*, 1\.36\n$/);
    });
  });

  it('clean and non-Kubernetes files exit 0 with no output', () => {
    const dir = tempDir({ 'good.yaml': GOOD, 'ci.yml': 'on: [push]\njobs: {}\n' });
    const r = podlint([dir]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
  });

  it('--version prints the package version, --help the usage with the exit codes', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.deepEqual(podlint(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
    const help = podlint(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--format <format> +text \(default\), json, sarif/);
    assert.match(help.stdout, /Exit code: 0 no errors, 1 errors \(or more warnings than --max-warnings\), 2 usage or I\/O error/);
  });

  it('the README documents every option of --help, word for word', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const options = USAGE.split('\n').filter((l) => l.startsWith('  --'));
    assert.ok(options.length >= 10);
    for (const line of options) assert.ok(readme.includes(line), `README.md lacks: ${line}`);
  });
});
