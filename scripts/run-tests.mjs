#!/usr/bin/env node
// Runs the test files given (or every test/**/*.test.ts except the editor end-to-end suites) with
// Node's test runner, TypeScript loaded through tsx. Node 20's runner takes no globs, hence this script.
// A test stuck for five minutes fails instead of holding CI until its own timeout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const skip = new Set(['e2e', 'node_modules', 'out', 'fixtures']);

function find(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return skip.has(e.name) ? [] : find(path.join(dir, e.name));
    return e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : [];
  });
}

const args = process.argv.slice(2);
const files = args.length ? args : find(path.join(root, 'test')).sort();
const reporter = process.env.TEST_REPORTER ?? 'spec';
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-reporter=${reporter}`, '--test-timeout=300000', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
