import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { yaml } from '../helpers/service';
import { CLI } from '../helpers/cli';


function podlint(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A Deployment and a Pod in one file, with casing mistakes, typos and wrong enum values, comments and anchors. */
const MESSY = yaml`
  # A web app and its debug pod
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web            # the service selects on app=web
    labels: &labels
      app: web
  spec:
    replicas: 2
    selector:
      matchLabels: *labels
    template:
      metadata:
        labels: *labels
      spec:
        restartPolicy: always
        dnsPolicy: clusterfirst
        containers:
          - name: app
            image: nginx:1.27
            imagePulPolicy: ifnotpresent   # pull once
            Ports:
              - containerport: 8080
                protocal: tcp
            readinesProbe:
              httpGet:
                path: /healthz
                port: 8080
            volumeMount:
              - name: cache
                mountPth: /cache
                readonly: true
        volumes:
          - name: cache
            emptyDir: {}
  ---
  apiVersion: v1
  kind: Pod
  metadata:
    name: debug
  spec:
    restartPolicy: Nevr
    containers:
      - name: shell
        image: busybox:1.36
        comand: ["sleep", "3600"]
        ImagePullPolicy: Alwys
        securityContext:
          runAsNonroot: true
          allowPrivilegeEscalaton: false
`;

describe('podlint --fix on a file full of mistakes', () => {
  it('fixes casing, typos and enum values in every document; the result validates clean, comments and anchors intact', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-fix-')), 'web.yaml');
    fs.writeFileSync(file, MESSY);
    const before = podlint([file]);
    assert.equal(before.code, 1);
    assert.equal(before.stdout.trim().split('\n').filter((l) => / error /.test(l)).length, 11, before.stdout);
    const fixed = podlint(['--fix', file]);
    assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
    assert.equal(
      fs.readFileSync(file, 'utf8'),
      yaml`
  # A web app and its debug pod
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web            # the service selects on app=web
    labels: &labels
      app: web
  spec:
    replicas: 2
    selector:
      matchLabels: *labels
    template:
      metadata:
        labels: *labels
      spec:
        restartPolicy: Always
        dnsPolicy: ClusterFirst
        containers:
          - name: app
            image: nginx:1.27
            imagePullPolicy: IfNotPresent   # pull once
            ports:
              - containerPort: 8080
                protocol: TCP
            readinessProbe:
              httpGet:
                path: /healthz
                port: 8080
            volumeMounts:
              - name: cache
                mountPath: /cache
                readOnly: true
        volumes:
          - name: cache
            emptyDir: {}
  ---
  apiVersion: v1
  kind: Pod
  metadata:
    name: debug
  spec:
    restartPolicy: Never
    containers:
      - name: shell
        image: busybox:1.36
        command: ["sleep", "3600"]
        imagePullPolicy: Always
        securityContext:
          runAsNonRoot: true
          allowPrivilegeEscalation: false
      `,
    );
    // Clean of errors and warnings; best-practice notes (resources) are not what --fix is about.
    assert.deepEqual(podlint(['--rule', 'missing-resources=off', file]), { code: 0, stdout: '', stderr: '' });
    const mtime = fs.statSync(file).mtimeMs;
    assert.equal(podlint(['--fix', file]).code, 0);
    assert.equal(fs.statSync(file).mtimeMs, mtime, 'a second --fix changes nothing');
  });
});
