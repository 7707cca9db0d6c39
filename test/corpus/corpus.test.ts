import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS_MISSING, corpusDir, yamlFiles } from '../helpers/corpus';
import { diagnose } from '../helpers/service';

const corpus = corpusDir();
// Skipped per test (not per suite) so the runner's summary counts them as skipped.
const skip = corpus ? false : CORPUS_MISSING;
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

/** Each real mistake described in the corpus README, as the rule and line podlint reports it at. */
const EXPECTED: Record<string, readonly (readonly [string, number])[]> = {
  'GoogleCloudPlatform__cloud-sql-proxy/examples__k8s-sidecar__proxy_with_workload_identity.yaml': [
    ['invalid-object-name', 19],
    ['invalid-label', 23],
    ['invalid-label', 27],
    ['invalid-container-name', 33],
    ['missing-image', 33],
  ],
  'GoogleCloudPlatform__kubernetes-engine-samples/ai-ml__infw-gw__examples__getting-started__vllm-llama3-8b-instruct.yaml': [['yaml-syntax', 16]],
  'GoogleCloudPlatform__kubernetes-engine-samples/networking__sctp__sctp-deployment.yaml': [['invalid-type', 33]],
  'GoogleCloudPlatform__kubernetes-engine-samples/workloads__migrate-x86-app-to-multi-arch__k8s__overlays__arm__add_arm_support.yaml': [
    ['required-field', 19],
    ['required-field', 21],
  ],
  'kubernetes__examples/_archived__newrelic-infrastructure__newrelic-infra-daemonset.yaml': [['unserved-api-version', 1]],
  'kubernetes__examples/_archived__openshift-origin__etcd-controller.yaml': [['duplicate-key', 12]],
  'kubernetes__examples/_archived__openshift-origin__etcd-discovery-controller.yaml': [['duplicate-key', 12]],
  'kubernetes__examples/_archived__openshift-origin__openshift-controller.yaml': [['duplicate-key', 12]],
  'kubernetes__examples/_archived__persistent-volume-provisioning__quobyte__quobyte-admin-secret.yaml': [['duplicate-key', 9]],
  'kubernetes__examples/_archived__volumes__aws_ebs__aws-ebs-web.yaml': [['unsupported-value', 12]],
  'kubernetes__examples/_archived__volumes__cinder__cinder-web.yaml': [['unsupported-value', 12]],
  'kubernetes__examples/_archived__volumes__fibre_channel__fc.yaml': [['invalid-type', 17]],
  'kubernetes__examples/_archived__volumes__rbd__rbd.yaml': [
    ['unknown-field', 25],
    ['unknown-field', 26],
  ],
  'kubernetes__examples/_archived__volumes__scaleio__pod.yaml': [['unknown-field', 17]],
  'kubernetes__examples/_archived__volumes__scaleio__sc-pvc.yaml': [['duplicate-key', 12]],
  'kubernetes__examples/_archived__volumes__storageos__storageos-pod.yaml': [['unknown-field', 35]],
  'kubernetes__website/content__en__examples__application__job__cronjob.yaml': [['unserved-api-version', 1]],
};

describe('shared corpus: manifests clusters accept', () => {
  it('yields zero error diagnostics on every file of real/', { skip }, () => {
    const dir = path.join(corpus!, 'real');
    const files = yamlFiles(dir);
    const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    const perRule: Record<string, number> = {};
    const errors: string[] = [];
    for (const file of files) {
      for (const d of diagnose(fs.readFileSync(file, 'utf8'))) {
        const severity = SEVERITY[d.severity ?? 1];
        counts[severity]++;
        perRule[`${severity} ${d.code}`] = (perRule[`${severity} ${d.code}`] ?? 0) + 1;
        if (d.severity === 1) errors.push(`${path.relative(dir, file)}:${d.range.start.line + 1} ${d.code}: ${d.message}`);
      }
    }
    console.log(`corpus real/: ${files.length} files; diagnostics by severity: ${JSON.stringify(counts)}; by rule: ${JSON.stringify(perRule)}`);
    assert.ok(files.length >= 300, `only ${files.length} files found`);
    assert.deepEqual(errors, []);
  });
});

describe('shared corpus: real mistakes', () => {
  it('every file of invalid-real/ is covered by this table', { skip }, () => {
    const dir = path.join(corpus!, 'invalid-real');
    assert.deepEqual(yamlFiles(dir).map((f) => path.relative(dir, f)), Object.keys(EXPECTED).sort());
  });
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, { skip }, () => {
      const errors = diagnose(fs.readFileSync(path.join(corpus!, 'invalid-real', file), 'utf8'))
        .filter((d) => d.severity === 1)
        .map((d) => [String(d.code), d.range.start.line + 1] as const);
      for (const e of expected) assert.ok(errors.some(([rule, line]) => rule === e[0] && line === e[1]), `expected ${e[0]} at line ${e[1]}, got ${JSON.stringify(errors)}`);
    });
  }
});
