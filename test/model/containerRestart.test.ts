import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParsedDocument } from '../../server/src/service/model/parsedDocument';
import { isSidecar, restartPolicySupport } from '../../server/src/service/model/containerRestart';
import { checkDocument } from '../../server/src/service/rules/engine';
import { RULES } from '../../server/src/service/rules/registry';
import { findSchemasDir, KubernetesSchema, SchemaRegistry } from '../../server/src/service/schema/schemaStore';
import { yaml } from '../helpers/service';

/** The newest schema, presented as another Kubernetes version: the version gates live in one module. */
function schemaAs(version: string): KubernetesSchema {
  const newest = new SchemaRegistry(findSchemasDir()).get();
  return Object.create(newest, { version: { value: version } }) as KubernetesSchema;
}

const pod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    initContainers:
      - name: proxy
        image: envoyproxy/envoy:v1.31.0
        restartPolicy: Always
        readinessProbe: {tcpSocket: {port: 9901}}
    containers:
      - name: app
        image: nginx:1.27
        restartPolicy: Always
`;

function found(version: string, rule: string): string[] {
  return checkDocument(new ParsedDocument(pod), schemaAs(version), RULES)
    .filter((f) => f.rule === rule)
    .map((f) => f.message);
}

describe('restart policies by Kubernetes version', () => {
  it('knows when native sidecars and per-container restart rules arrived', () => {
    assert.deepEqual(restartPolicySupport('1.28'), { init: [], regular: [] });
    assert.deepEqual(restartPolicySupport('1.29'), { init: ['Always'], regular: [] });
    assert.deepEqual(restartPolicySupport('1.34'), { init: ['Always'], regular: [] });
    assert.deepEqual(restartPolicySupport('1.35'), { init: ['Always', 'Never', 'OnFailure'], regular: ['Always', 'Never', 'OnFailure'] });
    assert.deepEqual(restartPolicySupport('1.36').regular, ['Always', 'Never', 'OnFailure']);
  });

  it('1.36: the sidecar and the container restart policy are accepted', () => {
    assert.deepEqual(found('1.36', 'container-restart-policy'), []);
    assert.deepEqual(found('1.36', 'init-container-probe'), []);
  });

  it('1.30: restartPolicy on a regular container is forbidden, the sidecar is fine', () => {
    assert.deepEqual(found('1.30', 'container-restart-policy'), [
      'Forbidden: may not be set for non-init containers; to keep a helper running beside the app, declare it in initContainers with restartPolicy: Always (a native sidecar)',
    ]);
    assert.deepEqual(found('1.30', 'init-container-probe'), []);
  });

  it('1.28: no native sidecars; the real 1.28 schema reports restartPolicy once per container, and no rule repeats it', () => {
    const real = checkDocument(new ParsedDocument(pod), new SchemaRegistry(findSchemasDir()).get('1.28'), RULES);
    assert.deepEqual(
      real.filter((f) => f.rule !== 'missing-resources' && f.rule !== 'missing-readiness-probe').map((f) => `${f.rule}: ${f.message}`),
      [
        'unknown-field: "restartPolicy" in an init container requires Kubernetes 1.29 or later (before, only with the SidecarContainers feature gate enabled); this file is checked against Kubernetes 1.28',
        'unknown-field: "restartPolicy" in a container requires Kubernetes 1.29 or later (before, only with the SidecarContainers feature gate enabled); this file is checked against Kubernetes 1.28',
      ],
    );
    assert.deepEqual(found('1.28', 'container-restart-policy'), []);
    assert.deepEqual(found('1.28', 'init-container-probe'), []);
    const doc = new ParsedDocument(pod);
    assert.equal(isSidecar(doc.podSpecs[0].containers[0], '1.28'), false);
    assert.equal(isSidecar(doc.podSpecs[0].containers[0], '1.29'), true);
  });
});
