import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIX_ALL_KIND } from '../../server/src/service';
import { diagnose, service, yaml } from '../helpers/service';

const messy = yaml`
  # Pod with a sidecar
  apiVersion: v1
  kind: Pod
  metadata:
    name: web   # keep me
  spec:
    restartPolicy: always
    containers:
      - name: app
        image: nginx:1.27
        imagePullPolicy: ifnotpresent
        ports:
          - ContainerPort: 8080    # http
            Protocol: tcp
        resources:
          limits: {memory: 512mi}
        env:
          - name: DEBUG
            value: yes
      - name: shipper
        image: fluent/fluent-bit:3.1
        volumeMounts:
          - name: logs
            mountpath: /logs
            readonly: true
    volumes:
      - name: logs
        emptydir: {}
`;

describe('fix-all', () => {
  it('fixes casing, typos, enum values, quantities and YAML 1.1 values, keeping comments', () => {
    const { text, passes } = service.fixAll(messy);
    // No errors or warnings left; best-practice information (resources, readiness) is for the user.
    assert.deepEqual(diagnose(text).filter((d) => d.severity !== 3), [], text);
    assert.ok(passes >= 2, 'Protocol is renamed first, then its value is fixed');
    assert.equal(
      text,
      yaml`
        # Pod with a sidecar
        apiVersion: v1
        kind: Pod
        metadata:
          name: web   # keep me
        spec:
          restartPolicy: Always
          containers:
            - name: app
              image: nginx:1.27
              imagePullPolicy: IfNotPresent
              ports:
                - containerPort: 8080    # http
                  protocol: TCP
              resources:
                limits: {memory: 512Mi}
              env:
                - name: DEBUG
                  value: "yes"
            - name: shipper
              image: fluent/fluent-bit:3.1
              volumeMounts:
                - name: logs
                  mountPath: /logs
                  readOnly: true
          volumes:
            - name: logs
              emptyDir: {}
      `,
    );
  });

  it('is idempotent', () => {
    const once = service.fixAll(messy).text;
    assert.equal(service.fixAll(once).text, once);
    assert.equal(service.fixAll(once).passes, 0);
  });

  it('is offered as a source.fixAll.podlint code action with non-overlapping edits', () => {
    const file = service.parse(messy);
    const actions = service.codeActions(file, { uri: 'file:///p.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics: [], only: ['source.fixAll'] });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, FIX_ALL_KIND);
    const edits = actions[0].edit!.changes!['file:///p.yaml'];
    assert.ok(edits.length >= 8);
  });

  it('leaves ambiguous fixes to the user', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
          - name: app
            image: nginx:1.27
            resources: {limits: {memory: 1GB}}
    `;
    assert.equal(service.fixAll(text).text, text);
  });
});

describe('quick fixes', () => {
  it('offers the casing rename as the preferred quick fix of the diagnostic', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n      ports:\n        - ContainerPort: 80\n      resources: {requests: {cpu: 10m}}\n';
    const file = service.parse(text);
    const [d] = service.validate(file);
    const actions = service.codeActions(file, { uri: 'file:///p.yaml', range: d.range, diagnostics: [d] });
    const quick = actions.filter((a) => a.kind === 'quickfix');
    assert.equal(quick.length, 1);
    assert.equal(quick[0].title, 'Rename "ContainerPort" to "containerPort"');
    assert.equal(quick[0].isPreferred, true);
    assert.deepEqual(quick[0].edit!.changes!['file:///p.yaml'], [
      { range: { start: { line: 8, character: 10 }, end: { line: 8, character: 23 } }, newText: 'containerPort' },
    ]);
  });

  it('offers nothing for a diagnostic of an older version of the text', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n      ports:\n        - ContainerPort: 80\n';
    const [stale] = service.validate(service.parse(before));
    const after = service.parse(before.replace('ContainerPort', 'containerPort'));
    assert.deepEqual(service.codeActions(after, { uri: 'file:///p.yaml', range: stale.range, diagnostics: [stale], only: ['quickfix'] }), []);
  });
});

describe('parsing once', () => {
  it('reuses the parsed documents that an edit did not touch', () => {
    const doc = (n: number): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${n}}\nspec:\n  containers: [{name: a, image: nginx:1.27}]\n`;
    const text = [1, 2, 3].map(doc).join('---\n');
    const first = service.parse(text);
    const second = service.parse(text.replace('name: p2', 'name: p22'), first);
    assert.equal(second.documents[0].document, first.documents[0].document);
    assert.notEqual(second.documents[1].document, first.documents[1].document);
    assert.equal(second.documents[2].document, first.documents[2].document);
  });
});

describe('parsing once, in a long stream', () => {
  const doc = (n: number): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${n % 3}}\nspec:\n  containers: [{name: a, image: nginx:1.27}]\n`;
  const stream = (ns: number[]): string => ns.map(doc).join('---\n');

  it('an edit in the middle re-parses that document only; the others, equal texts included, are reused', () => {
    const ns = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    const first = service.parse(stream(ns));
    const edited = stream(ns).split('---\n');
    edited[4] = edited[4].replace('image: nginx', 'image: nginx ');
    const second = service.parse(edited.join('---\n'), first);
    const reused = second.documents.map((s, i) => s.document === first.documents[i].document);
    assert.deepEqual(reused, [true, true, true, true, false, true, true, true, true]);
    assert.equal(new Set(second.documents.map((s) => s.document)).size, 9, 'each parsed document serves one slot');
  });

  it('documents inserted, removed or moved keep their parses wherever they go', () => {
    const first = service.parse(stream([0, 1, 2, 3, 4, 5]));
    for (const ns of [[0, 1, 9, 2, 3, 4, 5], [0, 2, 3, 4, 5], [0, 5, 4, 3, 2, 1], [0, 4, 5, 1, 2, 3], [0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 5], [0, 1, 2, 2, 3, 4, 5]]) {
      const next = service.parse(stream(ns), first);
      for (const slot of next.documents) assert.equal(slot.document.text, slot.chunk.text, 'a slot holds the parse of its own text');
      // Every text that existed before is reused (as many times as it existed), every other one is new.
      const pool = first.documents.map((s) => s.chunk.text);
      let expectedNew = 0;
      for (const slot of next.documents) {
        const i = pool.indexOf(slot.chunk.text);
        if (i >= 0) pool.splice(i, 1);
        else expectedNew++;
      }
      const parsedNew = next.documents.filter((s) => !first.documents.some((o) => o.document === s.document)).length;
      assert.equal(parsedNew, expectedNew, `stream ${ns.join(',')}`);
      assert.equal(new Set(next.documents.map((s) => s.document)).size, ns.length);
      assert.deepEqual(service.validate(next), service.validate(service.parse(stream(ns))), 'same diagnostics as a fresh parse');
    }
  });
});
