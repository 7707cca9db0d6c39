import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { ParsedDocument } from '../../server/src/service/model/parsedDocument';
import { markSharedEdits } from '../../server/src/service/fixes/sharedAnchors';
import { service, yaml } from '../helpers/service';

const SHARED = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: web}
  spec:
    containers:
      - name: app
        image: nginx:1.27
        resources: &res
          limits:
            memory: 512mi
      - name: sidecar
        image: busybox:1.36
        resources: *res
`;

function actionsFor(text: string, rule: string): { diagnostic: Diagnostic; actions: CodeAction[] } {
  const file = service.parse(text);
  const diagnostic = service.validate(file).find((d) => d.code === rule);
  assert.ok(diagnostic, `no ${rule} in ${text}`);
  const actions = service.codeActions(file, { uri: 'file:///p.yaml', range: diagnostic.range, diagnostics: [diagnostic], only: ['quickfix'] });
  return { diagnostic, actions };
}

describe('fixes under an anchor that aliases share', () => {
  const quantityRule = (() => {
    const d = service.validate(service.parse(SHARED)).find((x) => x.message.includes('512mi'));
    assert.ok(d, 'the mistake inside the anchor is reported');
    return String(d.code);
  })();

  it('a value changed at &res: one finding, a fix that says it changes 2 uses, neither preferred nor applied by fix-all', () => {
    const { diagnostic, actions } = actionsFor(SHARED, quantityRule);
    assert.equal(diagnostic.range.start.line, 9);
    assert.equal(service.validate(service.parse(SHARED)).filter((d) => d.code === quantityRule).length, 1, 'reported once, at the anchor');
    assert.ok(actions.length > 0);
    for (const action of actions) {
      assert.match(action.title, / \(edits the anchor &res: changes its value shared by 2 uses\)$/);
      assert.equal(action.isPreferred, false);
    }
    assert.ok(service.fixAll(SHARED).text.includes('memory: 512mi'), 'fix-all leaves the shared value to the user');
  });

  it('the same mistake written in each container is fixed as before', () => {
    const apart = SHARED.replace('resources: &res', 'resources:').replace('resources: *res', 'resources:\n        limits:\n          memory: 512mi');
    const { actions } = actionsFor(apart, quantityRule);
    assert.equal(actions.find((a) => a.isPreferred)?.title, 'Change to "512Mi"');
    assert.equal(service.fixAll(apart).text.match(/512Mi/g)?.length, 2);
  });

  it('a key renamed inside a flow mapping anchored on a merge key', () => {
    const merged = SHARED.replace('resources: &res\n        limits:\n          memory: 512mi', 'resources: &res {limts: {memory: 512Mi}}').replace('resources: *res', 'resources: {<<: *res}');
    const { actions } = actionsFor(merged, 'unknown-field');
    assert.ok(actions.length > 0);
    for (const action of actions) assert.match(action.title, /shared by 2 uses\)$/);
    assert.equal(service.fixAll(merged).text, merged);
  });
});

describe('markSharedEdits', () => {
  const doc = new ParsedDocument('a: &m\n  x: 1\n  y: 2\nb: *m\nc: 3\n');
  const fix = (line: number, character: number, newText: string) => ({ title: 't', isPreferred: true, safe: true, edits: [{ range: { start: { line, character }, end: { line, character } }, newText }] });
  const marked = (f: ReturnType<typeof fix>) => markSharedEdits(doc, [f])[0].safe === false;

  it('lines inserted at the anchored mapping indentation, before its first key or after its last line, are in it', () => {
    assert.equal(marked(fix(1, 0, '  z: 0\n')), true);
    assert.equal(marked(fix(3, 0, '  z: 0\n')), true);
    assert.equal(marked(fix(2, 4, '0')), true);
  });

  it('a line of the enclosing mapping, and edits outside the anchor, are not', () => {
    assert.equal(marked(fix(3, 0, 'z: 0\n')), false);
    assert.equal(marked(fix(4, 3, '4')), false);
    assert.equal(marked(fix(0, 0, '# x\n')), false);
  });

  it('lines added after the end of a line belong to the collection their indentation puts them in', () => {
    assert.equal(marked(fix(2, 6, '\n  z: 0')), true, 'an entry of the anchored mapping');
    assert.equal(marked(fix(2, 6, '\nz: 0')), false, 'an entry of the enclosing mapping');
    const scalar = new ParsedDocument('n: &s v\nm: *s\n');
    const after = { title: 't', isPreferred: true, safe: true, edits: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 7 } }, newText: '\nk: 1' }] };
    assert.equal(markSharedEdits(scalar, [after])[0].safe, true, 'a key added after an anchored scalar leaves the scalar alone');
  });
});

describe('a value under anchors nested in one another', () => {
  it('is said to be under the innermost anchor when the outer one is used as often', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        containers:
        - &app
          name: app
          image: nginx:1.27
          resources: &res {limits: {memory: 512mi}}
        - <<: *app
          name: side
          resources: {<<: *res}
    `;
    const { actions } = actionsFor(text, 'invalid-quantity');
    assert.deepEqual(actions.map((a) => a.title), ['Change to "512Mi" (edits the anchor &res: changes its value shared by 2 uses)']);
  });
});

describe('fixes that add entries next to an anchored value', () => {
  it('are not marked: a volume appended after an anchored emptyDir, a restartPolicy after an anchored name', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        volumes:
        - name: data
          emptyDir: &ed
            medium: Memory
        initContainers:
        - name: &setup setup
          image: busybox:1.36
          readinessProbe:
            exec: {command: ["true"]}
        containers:
        - name: web
          image: nginx:1.27
          env: [{name: AFTER, value: *setup}]
          volumeMounts: [{name: data, mountPath: /data}, {name: cache, mountPath: /cache}]
        overhead: {x: *ed}
    `;
    const volume = actionsFor(text, 'undeclared-volume').actions;
    assert.deepEqual(volume.map((a) => [a.title, a.isPreferred]), [['Declare an emptyDir volume "cache"', true]]);
    const sidecar = actionsFor(text, 'init-container-probe').actions.find((a) => a.title.includes('restartPolicy'));
    assert.equal(sidecar?.title, 'Make it a native sidecar (restartPolicy: Always)');
  });
});
