import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, problems, service } from '../helpers/service';

function quickFixes(text: string) {
  const file = service.parse(text);
  const diagnostics = service.validate(file);
  return service
    .codeActions(file, { uri: 'file:///q.yaml', range: diagnostics[0].range, diagnostics, only: ['quickfix'] })
    .map((a) => ({ title: a.title, preferred: a.isPreferred }));
}

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';

describe('quick fixes for near misses', () => {
  it('a key equally near two fields offers both, neither preferred, and fix-all leaves it', () => {
    const text = `${POD}      readinessProbe:\n        httpGet:\n          post: 8080\n`;
    assert.deepEqual(quickFixes(text), [
      { title: 'Rename "post" to "host"', preferred: false },
      { title: 'Rename "post" to "port"', preferred: false },
    ]);
    assert.equal(service.fixAll(text).text, text);
  });

  it('a typo with one nearest field or enum value: one preferred fix, applied by fix-all', () => {
    assert.deepEqual(quickFixes(`${POD}      imagePulPolicy: Always\n`), [{ title: 'Rename "imagePulPolicy" to "imagePullPolicy"', preferred: true }]);
    assert.deepEqual(quickFixes(`${POD}      imagePullPolicy: IfNotPresnt\n`), [{ title: 'Change to "IfNotPresent"', preferred: true }]);
    assert.equal(service.fixAll(`${POD}      imagePullPolicy: ifnotpresent\n`).text, `${POD}      imagePullPolicy: IfNotPresent\n`);
  });

  it('a value near no enum member offers each member', () => {
    assert.deepEqual(
      quickFixes(`${POD}      imagePullPolicy: sometimes\n`).map((f) => f.title),
      ['Change to "Always"', 'Change to "IfNotPresent"', 'Change to "Never"'],
    );
  });
});

describe('quick fixes in a file with CRLF line ends', () => {
  const JOB = ['apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: j', 'spec:', '  template:', '    spec:', '      containers:', '        - name: a', '          image: busybox:1.36', '          volumeMounts:', '            - name: data', '              mountPath: /d', ''].join('\r\n');

  it('add their lines with CRLF, after the line end of the line they follow, never between its \\r and \\n', () => {
    for (const [rule, added] of [
      ['workload-restart-policy', '      restartPolicy: OnFailure\r\n'],
      ['undeclared-volume', '      volumes:\r\n        - name: data\r\n          emptyDir: {}\r\n'],
    ]) {
      const fixed = applyFixes(JOB, rule);
      assert.ok(fixed.includes(added), `${rule}: ${JSON.stringify(fixed)}`);
      assert.equal(/[^\r]\n|\r(?!\n)/.test(fixed), false, `${rule}: a bare \\n or \\r in ${JSON.stringify(fixed)}`);
      assert.deepEqual(problems(fixed).filter((d) => d.code === rule), []);
    }
  });

  it('in a file with both line ends, the one most of its lines end with', () => {
    const lf = JOB.replace(/\r\n/g, '\n').replace('  name: j\n', '  name: j\r\n');
    assert.ok(applyFixes(lf, 'workload-restart-policy').includes('    spec:\n      restartPolicy: OnFailure\n      containers:'), 'one CRLF line: LF');
    const crlf = JOB.replace('  name: j\r\n', '  name: j\n');
    assert.ok(applyFixes(crlf, 'workload-restart-policy').includes('    spec:\r\n      restartPolicy: OnFailure\r\n      containers:'), 'one LF line: CRLF');
  });
});
