import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS_MISSING, corpusDir, yamlFiles } from '../helpers/corpus';
import { service } from '../helpers/service';

const dir = corpusDir();
const WORKLOADS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);

describe('completion and hover over the corpus', { skip: dir ? false : CORPUS_MISSING }, () => {
  it('every file, cut at random points as if typed from the top: completion and hover never throw', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let requests = 0;
    for (const file of yamlFiles(path.join(dir!, 'real'))) {
      const whole = fs.readFileSync(file, 'utf8');
      for (const cut of [whole.length, random(whole.length + 1), random(whole.length + 1)]) {
        const text = whole.slice(0, cut);
        const parsed = service.parse(text);
        const lines = text.split('\n');
        for (let line = Math.max(0, lines.length - 4); line < lines.length; line++) {
          const l = lines[line];
          for (const character of new Set([0, l.search(/\S|$/), l.indexOf(':') + 2, l.length])) {
            assert.doesNotThrow(() => {
              service.complete(parsed, { line, character });
              service.complete(parsed, { line, character }, {}, ' ');
              service.hover(parsed, { line, character });
            }, `${path.relative(dir!, file)} cut at ${cut}, ${line}:${character}`);
            requests++;
          }
        }
      }
    }
    assert.ok(requests > 1000, `${requests} positions tried`);
  });

  it('keys of the workloads in real manifests hover with its type and API reference', () => {
    let hovered = 0;
    for (const file of yamlFiles(path.join(dir!, 'real')).slice(0, 60)) {
      const text = fs.readFileSync(file, 'utf8');
      const parsed = service.parse(text);
      text.split('\n').forEach((l, line) => {
        const m = /^(\s*(?:-\s+)?)(apiVersion|kind|image|containerPort|mountPath):/.exec(l);
        const object = m && parsed.documentAtLine(line)?.document.object;
        if (!object || !WORKLOADS.has(object.kind)) return;
        const h = service.hover(parsed, { line, character: m[1].length + 1 });
        assert.ok(h, `${path.relative(dir!, file)}:${line + 1} ${m[2]}`);
        assert.match((h.contents as { value: string }).value, new RegExp(`^\\*\\*${m[2]}\\*\\* \`[^\`]+\`[\\s\\S]*kubernetes-api/v1\\.\\d+/#\\w+-v1-\\w+\\)`));
        hovered++;
      });
    }
    assert.ok(hovered > 50, `${hovered} keys hovered`);
  });
});
