import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const SERVICE = path.join(__dirname, '..', '..', 'server', 'out', 'service');

/**
 * Heap growth after editing one document after another in a large stream, each edit a new version
 * parsed with the previous one (as the server does). Measured in a fresh process with a forced
 * garbage collection: the figure is the heap kept alive, not a timing.
 */
function heapGrowthAfterEdits(): { growth: number; fileChars: number } {
  const script = `
    const { getLanguageService } = require(${JSON.stringify(SERVICE)});
    const service = getLanguageService();
    const pod = (i) => ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: pod-number-' + i, 'spec:', '  containers:',
      '  - name: application-container', '    image: registry.example.com/team/application:1.2.3',
      '    imagePullPolicy: IfNotPresent', '    command: ["/usr/local/bin/application-server", "--listen"]', ''].join('\\n');
    const pods = Array.from({ length: 2000 }, (_, i) => pod(i));
    let file = service.parse(pods.join('---\\n'));
    gc(); gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 40; i++) {
      pods[i * 50] = pods[i * 50].replace('imagePullPolicy', 'ImagePullPolicy');
      file = service.parse(pods.join('---\\n'), file);
    }
    gc(); gc();
    process.stdout.write(JSON.stringify({ growth: process.memoryUsage().heapUsed - before, fileChars: file.text.length }));
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { growth: number; fileChars: number };
}

describe('documents kept across versions', () => {
  it('do not keep the whole text of the version they were parsed in', () => {
    const { growth, fileChars } = heapGrowthAfterEdits();
    // Forty edits in forty documents: keeping each version's text would grow the heap by ~40 files.
    assert.ok(growth < 10 * fileChars, `the heap grew by ${(growth / fileChars).toFixed(1)} times the file's size`);
  });
});

describe('the plain value of a checked document', () => {
  it('is not kept alive by the document, and is converted again, equal, when read after a collection', () => {
    const script = `
      const { ParsedDocument } = require(${JSON.stringify(path.join(SERVICE, 'model', 'parsedDocument'))});
      const doc = new ParsedDocument('apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec:\\n  containers:\\n  - {name: app, image: nginx}\\n');
      const first = new WeakRef(doc.object.value);
      const before = JSON.stringify([doc.plain, doc.podSpecs]);
      setTimeout(() => {
        gc(); gc();
        const collected = first.deref() === undefined;
        process.stdout.write(JSON.stringify({ collected, equal: JSON.stringify([doc.plain, doc.podSpecs]) === before, kind: doc.object.kind, looks: doc.looksKubernetes }));
      }, 0);`;
    const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { collected: true, equal: true, kind: 'Pod', looks: true });
  });

  it('is not converted again for the unchanged documents when the file is edited', () => {
    const script = `
      const service = require(${JSON.stringify(SERVICE)}).getLanguageService();
      const pod = (i) => 'apiVersion: v1\\nkind: Pod\\nmetadata: {name: p' + i + '}\\nspec:\\n  containers:\\n  - {name: app, image: nginx}\\n';
      const pods = Array.from({ length: 50 }, (_, i) => pod(i));
      const first = service.parse(pods.join('---\\n'));
      service.validate(first);
      setTimeout(() => {
        gc(); gc();
        const live = (file) => file.documents.filter((d) => d.document.derivedRef?.deref() !== undefined).length;
        const afterCollection = live(first);
        pods[25] = pods[25].replace('nginx', 'nginx:1.27');
        const second = service.parse(pods.join('---\\n'), first);
        process.stdout.write(JSON.stringify({ afterCollection, afterEdit: live(second) }));
      }, 0);`;
    const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    // Collected after the check; after the edit only the edited document has been converted.
    assert.deepEqual(JSON.parse(r.stdout), { afterCollection: 0, afterEdit: 1 });
  });
});
