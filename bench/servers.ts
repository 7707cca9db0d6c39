/**
 * The two servers compared: podlint's built server, and Red Hat's yaml-language-server given the
 * same Pod schema (derived from podlint's generated schemas/), no schema store, no CRD catalogue.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerSpec } from './lsp';

export const ROOT = path.join(__dirname, '..');
// The bundle the extension runs (scripts/bundle.mjs), not the tsc output: one file to load at start.
export const PODLINT_SERVER = path.join(ROOT, 'dist', 'server.js');
const YAML_LS_PACKAGE = path.dirname(require.resolve('yaml-language-server/package.json'));
export const YAML_LS_SERVER = path.join(YAML_LS_PACKAGE, 'out', 'server', 'src', 'server.js');
export const YAML_LS_VERSION = (JSON.parse(fs.readFileSync(path.join(YAML_LS_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * yaml-language-server waits this long after every open or change before it validates
 * (`validationDelayMs`, not a setting); the report shows its latencies with and without it.
 */
export const YAML_LS_DEBOUNCE_MS = 200;

/** `BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"`: options for the servers' node, to profile them. */
function nodeArgs(): string[] {
  return (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

export const POD_DEFINITION = 'io.k8s.api.core.v1.Pod';

export function podlintSpec(): ServerSpec {
  if (!fs.existsSync(PODLINT_SERVER)) throw new Error(`${PODLINT_SERVER} is missing: run "npm run build" first`);
  return { name: 'podlint', script: PODLINT_SERVER, execArgv: nodeArgs(), settings: (section) => (section === 'podlint' ? { enable: true } : {}) };
}

/**
 * podlint's generated schema for its default Kubernetes version, rooted at the Pod definition:
 * the same definitions (strict, `additionalProperties: false`, enums, quantity and int-or-string
 * patterns) that podlint's precompiled validators check.
 */
export function derivePodSchema(): { schema: Record<string, unknown>; kubernetes: string } {
  const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'index.json'), 'utf8')) as { default: string };
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `kubernetes-${index.default}`, 'schema.json'), 'utf8')) as {
    definitions: Record<string, unknown>;
  };
  if (!source.definitions[POD_DEFINITION]) throw new Error(`the generated schema has no ${POD_DEFINITION}`);
  return {
    kubernetes: index.default,
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: `Kubernetes ${index.default} Pod (derived from podlint's schemas/)`,
      $ref: `#/definitions/${POD_DEFINITION}`,
      definitions: source.definitions,
    },
  };
}

/** Writes the derived schema to a temporary folder and points yaml-language-server at it for `*.yaml`. */
export function yamlLanguageServerSpec(): ServerSpec & { schemaFile: string; kubernetes: string } {
  const { schema, kubernetes } = derivePodSchema();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podlint-bench-'));
  const schemaFile = path.join(dir, 'pod.schema.json');
  fs.writeFileSync(schemaFile, JSON.stringify(schema));
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    // kubectl reads YAML 1.1, and so does podlint.
    yamlVersion: '1.1',
    schemas: { [pathToFileURL(schemaFile).href]: '*.yaml' },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  };
  return {
    name: 'yaml-language-server',
    script: YAML_LS_SERVER,
    execArgv: nodeArgs(),
    schemaFile,
    kubernetes,
    announceSettings: true,
    settings: (section) => (section === 'yaml' ? yaml : section === 'http' ? { proxy: '', proxyStrictSSL: false } : {}),
  };
}
