import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS_MISSING, corpusDir, yamlFiles } from '../helpers/corpus';
import { service } from '../helpers/service';

const corpus = corpusDir();
const skip = corpus ? false : CORPUS_MISSING;

describe('corpus: real manifests against every bundled Kubernetes version', () => {
  it('older versions add only "requires Kubernetes X" findings, and fewer of them the newer the version', { skip }, () => {
    const files = yamlFiles(path.join(corpus!, 'real')).map((f) => service.parse(fs.readFileSync(f, 'utf8')));
    const errors = (kubernetesVersion: string) =>
      files.flatMap((file) => service.validate(file, { kubernetesVersion }).filter((d) => d.severity === 1));
    assert.deepEqual(errors(service.defaultKubernetesVersion), [], 'real/ is clean on the newest version');
    const counts: number[] = [];
    for (const version of service.kubernetesVersions) {
      const found = errors(version);
      for (const d of found) {
        assert.equal(d.code, 'unknown-field', `${version}: ${d.message}`);
        assert.match(d.message, / requires (Kubernetes 1\.\d+ or later|a Kubernetes version newer than 1\.\d+ \(it is in 1\.\d+\))/);
        assert.match(d.message, new RegExp(`checked against Kubernetes ${version.replace('.', '\\.')}$`));
      }
      counts.push(found.length);
    }
    assert.ok(counts[0] > 0, 'the oldest version finds newer fields in real manifests');
    for (let i = 1; i < counts.length; i++) assert.ok(counts[i] <= counts[i - 1], `counts ${counts.join(', ')}`);
  });
});
