// Older Kubernetes versions, derived from the newest schema by field presence.
//
// Only the newest schema is generated in full (kubernetes-models carries enums, the older
// packages do not). For each older version a small package tells which fields each API type had
// then; the difference to the newest is stored in schemas/index.json as `removed` and applied by
// the language server when it loads that version. See schemas/README.md for the method and its limits.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import ts from 'typescript';

const require = createRequire(import.meta.url);

// One package per Kubernetes minor, installed under an npm alias (see devDependencies). Every
// package's Kubernetes version was checked against its own files: the description of cdk8s-plus-NN
// says "for Kubernetes 1.NN.0"; kubernetes-types is versioned after Kubernetes, and each field set
// below was checked against the fields that Kubernetes release added (see schemas/README.md).
export const OLDER_SOURCES = [
  // Out of upstream support, bundled because sidecar containers (init containers with
  // `restartPolicy: Always`) arrived in between: see OFF_BY_DEFAULT.
  { kubernetes: '1.34', alias: 'k8s-api-1-34', package: 'cdk8s-plus-34', version: '2.0.54', format: 'cdk8s' },
  { kubernetes: '1.33', alias: 'k8s-api-1-33', package: 'cdk8s-plus-33', version: '2.5.57', format: 'cdk8s' },
  { kubernetes: '1.32', alias: 'k8s-api-1-32', package: 'cdk8s-plus-32', version: '2.5.92', format: 'cdk8s' },
  { kubernetes: '1.31', alias: 'k8s-api-1-31', package: 'cdk8s-plus-31', version: '2.6.43', format: 'cdk8s' },
  { kubernetes: '1.30', alias: 'k8s-api-1-30', package: 'kubernetes-types', version: '1.30.0', format: 'kubernetes-types' },
  { kubernetes: '1.29', alias: 'k8s-api-1-29', package: 'kubernetes-types', version: '1.29.0', format: 'kubernetes-types' },
  { kubernetes: '1.28', alias: 'k8s-api-1-28', package: 'cdk8s-plus-28', version: '2.5.6', format: 'cdk8s' },
];

// Fields the API published while their feature gate was still off by default: the API server
// drops them from new objects (dropDisabledPodFields), so on a cluster with default settings they
// do not exist yet. Treated as absent before `onByDefault`. SidecarContainers: alpha in 1.28, beta
// and on by default from 1.29 (KEP-753, Kubernetes feature-gate reference).
export const OFF_BY_DEFAULT = [
  { definition: 'io.k8s.api.core.v1.Container', field: 'restartPolicy', onByDefault: '1.29', gate: 'SidecarContainers' },
];

const minor = (v) => Number(v.split('.')[1]);

/** cdk8s generates "props" for the top-level kinds: they omit what cdk8s fills in itself. */
const CDK8S_OMITS_AT_ROOT = ['apiVersion', 'kind', 'status'];

function addField(fields, definition, field) {
  let set = fields.get(definition);
  if (!set) fields.set(definition, (set = new Set()));
  set.add(field);
}

/** cdk8s-plus-NN/lib/imports/k8s.d.ts tags every property with its OpenAPI name: `@schema io.k8s.api.core.v1.PodSpec#hostUsers`. */
function cdk8sFields(dir) {
  const text = fs.readFileSync(path.join(dir, 'lib', 'imports', 'k8s.d.ts'), 'utf8');
  const fields = new Map();
  for (const m of text.matchAll(/@schema (io\.k8s\.[A-Za-z0-9.]+)#([A-Za-z0-9_$-]+)/g)) addField(fields, m[1], m[2]);
  return fields;
}

/** `core/v1.d.ts` -> `io.k8s.api.core.v1`, `meta/v1.d.ts` -> `io.k8s.apimachinery.pkg.apis.meta.v1`. */
function kubernetesTypesPrefix(rel) {
  const parts = rel.replace(/\.d\.ts$/, '').split(path.sep);
  if (parts[0] === 'meta') return ['io', 'k8s', 'apimachinery', 'pkg', 'apis', ...parts].join('.');
  if (parts[0] === 'api' || parts[0] === 'runtime' || parts[0] === 'util') return ['io', 'k8s', 'apimachinery', 'pkg', ...parts].join('.');
  return ['io', 'k8s', 'api', ...parts].join('.');
}

/** kubernetes-types: one `<group>/<version>.d.ts` per API group version, one interface per type. */
function kubernetesTypesFields(dir, groups) {
  const fields = new Map();
  const walk = (sub) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(rel);
      else if (entry.name.endsWith('.d.ts')) {
        const prefix = kubernetesTypesPrefix(rel);
        if (!groups.some((g) => prefix.startsWith(g))) continue;
        const source = ts.createSourceFile(rel, fs.readFileSync(path.join(dir, rel), 'utf8'), ts.ScriptTarget.Latest, false);
        for (const stmt of source.statements) {
          if (!ts.isInterfaceDeclaration(stmt)) continue;
          for (const m of stmt.members) {
            if (ts.isPropertySignature(m) && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) {
              addField(fields, `${prefix}.${stmt.name.text}`, m.name.text);
            }
          }
        }
      }
    }
  };
  walk('');
  return fields;
}

function packageDir(name) {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/**
 * The fields of the newest schema that `source`'s Kubernetes version lacks, per definition.
 * Definitions the source does not describe (cdk8s omits status types) are left as they are.
 */
export function deriveOlder(source, newest) {
  const dir = packageDir(source.alias);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (pkg.name !== source.package || pkg.version !== source.version) {
    throw new Error(`${source.alias} is ${pkg.name}@${pkg.version}, the generator expects ${source.package}@${source.version}: run npm ci`);
  }
  if (source.format === 'cdk8s' && !pkg.description.includes(`for Kubernetes ${source.kubernetes}.`)) {
    throw new Error(`${source.package}@${source.version} does not say it is for Kubernetes ${source.kubernetes}`);
  }
  const groups = [...new Set(Object.keys(newest.definitions).map((d) => d.split('.').slice(0, -2).join('.')))];
  const fields = source.format === 'cdk8s' ? cdk8sFields(dir) : kubernetesTypesFields(dir, groups);
  const roots = new Set(Object.values(newest['x-kinds']).map((k) => k.definition));
  const removed = {};
  const added = {};
  let described = 0;
  for (const [name, def] of Object.entries(newest.definitions)) {
    const had = fields.get(name);
    if (!had || !def.properties) continue;
    described++;
    const kept = source.format === 'cdk8s' && roots.has(name) ? CDK8S_OMITS_AT_ROOT : [];
    const missing = Object.keys(def.properties).filter((f) => !had.has(f) && !kept.includes(f));
    if (missing.length) removed[name] = missing.sort();
    // Fields this version had and the newest no longer has (PodResourceClaim.source before 1.31):
    // accepted without a check rather than reported as unknown.
    const gone = [...had].filter((f) => !(f in def.properties));
    if (gone.length) added[name] = gone.sort();
  }
  const offByDefault = {};
  for (const off of OFF_BY_DEFAULT) {
    if (minor(source.kubernetes) >= minor(off.onByDefault) || !fields.get(off.definition)?.has(off.field)) continue;
    removed[off.definition] = [...new Set([...(removed[off.definition] ?? []), off.field])].sort();
    offByDefault[`${off.definition}#${off.field}`] = off.gate;
  }
  return { kubernetes: source.kubernetes, source: `${source.package}@${source.version}`, removed, added, offByDefault, described };
}
