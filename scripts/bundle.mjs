#!/usr/bin/env node
// Bundles the extension and its language server into dist/ with esbuild: two files instead of
// node_modules, so the .vsix installs small and the extension host loads one file per process.
// The server finds its generated schemas/ and docs/rules.md by walking up from dist/ (see
// findSchemasDir), so both ship beside dist/ in the package.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: process.argv.includes('--minify'),
  sourcemap: !process.argv.includes('--minify'),
  logLevel: 'warning',
  absWorkingDir: root,
};
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
]);
console.log(`bundle: dist/extension.js, dist/server.js in ${Date.now() - started} ms`);
