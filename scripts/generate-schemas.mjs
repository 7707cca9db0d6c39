#!/usr/bin/env node
// Generates schemas/kubernetes-<version>/ from the typed declarations of the kubernetes-models
// npm package (see schemas/README.md for why that package): a strict JSON schema with the
// field descriptions (for hovers and completions) and ajv standalone validators compiled from
// it, so the language server never compiles a schema at run time.
//
// The declarations are parsed with the TypeScript parser only (no type checker): every
// interface member is one field, `?` marks it optional, a literal union is an enum.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { deriveOlder, OLDER_SOURCES } from './schema-versions.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = path.join(root, 'schemas');

// The input: one npm package version per Kubernetes minor. kubernetes-models 5.1.0 was generated
// from the Kubernetes release-1.36 OpenAPI document (the same field set as @kubernetes/client-node 2.0.1).
export const SOURCES = [
  { kubernetes: '1.36', package: 'kubernetes-models', version: '5.1.0', apimachinery: '@kubernetes-models/apimachinery' },
];

// Top-level kinds whose whole object is validated: every kind that carries a pod spec.
export const ROOT_KINDS = [
  { apiVersion: 'v1', kind: 'Pod', file: 'v1/Pod' },
  { apiVersion: 'v1', kind: 'PodTemplate', file: 'v1/PodTemplate' },
  { apiVersion: 'v1', kind: 'ReplicationController', file: 'v1/ReplicationController' },
  { apiVersion: 'apps/v1', kind: 'Deployment', file: 'apps/v1/Deployment' },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', file: 'apps/v1/StatefulSet' },
  { apiVersion: 'apps/v1', kind: 'DaemonSet', file: 'apps/v1/DaemonSet' },
  { apiVersion: 'apps/v1', kind: 'ReplicaSet', file: 'apps/v1/ReplicaSet' },
  { apiVersion: 'batch/v1', kind: 'Job', file: 'batch/v1/Job' },
  { apiVersion: 'batch/v1', kind: 'CronJob', file: 'batch/v1/CronJob' },
];

// The API server's own grammar for resource.Quantity (k8s.io/apimachinery/pkg/api/resource).
export const QUANTITY_PATTERN =
  '^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+|[KMGTPE]i|[numkMGTPE])?$';

const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';

/** `<pkgdir>/apps/v1/Deployment.d.ts` -> `io.k8s.api.apps.v1.Deployment` (the upstream OpenAPI name). */
function canonicalName(file, pkgDirs) {
  const rel = (dir) => path.relative(dir, file).replace(/\.d\.ts$/, '').split(path.sep);
  if (file.startsWith(pkgDirs.apimachinery + path.sep)) {
    return ['io', 'k8s', 'apimachinery', 'pkg', ...rel(pkgDirs.apimachinery)].join('.');
  }
  const parts = rel(pkgDirs.models);
  if (parts.length === 2) return ['io', 'k8s', 'api', 'core', ...parts].join('.'); // v1/X
  const [group, ...restParts] = parts;
  return ['io', 'k8s', 'api', group.replace(/\.k8s\.io$/, ''), ...restParts].join('.');
}

function jsDocText(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs[docs.length - 1];
  if (!last || last.comment === undefined) return undefined;
  const text = typeof last.comment === 'string' ? last.comment : last.comment.map((c) => c.text).join('');
  return text.trim() || undefined;
}

function propName(name) {
  if (ts.isStringLiteral(name) || ts.isIdentifier(name)) return name.text;
  throw new Error(`unsupported property name ${ts.SyntaxKind[name.kind]}`);
}

class Generator {
  constructor(pkgDirs) {
    this.pkgDirs = pkgDirs;
    this.definitions = {};
    this.queue = [];
  }

  /** Resolves a module specifier seen in `file` to the .d.ts path it names. */
  resolveImport(fromFile, specifier) {
    if (specifier.startsWith('.')) {
      return path.resolve(path.dirname(fromFile), specifier.replace(/\.js$/, '') + '.d.ts');
    }
    const prefix = '@kubernetes-models/apimachinery/';
    if (specifier.startsWith(prefix)) {
      return path.join(this.pkgDirs.apimachinery, specifier.slice(prefix.length) + '.d.ts');
    }
    return undefined; // @kubernetes-models/base: runtime helpers, not API types
  }

  /** Queues a declaration file and returns the `$ref` to its definition. */
  refTo(file) {
    const name = canonicalName(file, this.pkgDirs);
    if (!(name in this.definitions)) {
      this.definitions[name] = null; // reserved; filled when the queue reaches it
      this.queue.push(file);
    }
    return { $ref: `#/definitions/${name}` };
  }

  run(rootFiles) {
    const roots = rootFiles.map((f) => this.refTo(f));
    while (this.queue.length) this.processFile(this.queue.shift());
    return roots;
  }

  processFile(file) {
    const name = canonicalName(file, this.pkgDirs);
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const imports = new Map(); // local identifier -> file
    let mainLocal;
    for (const stmt of source.statements) {
      if (ts.isImportDeclaration(stmt) && stmt.importClause?.namedBindings && ts.isNamedImports(stmt.importClause.namedBindings)) {
        const target = this.resolveImport(file, stmt.moduleSpecifier.text);
        if (target) for (const el of stmt.importClause.namedBindings.elements) imports.set(el.name.text, target);
      }
      // `export type { IContainerPort as IIoK8sApiCoreV1ContainerPort, ... }` names the declaration of this file.
      if (ts.isExportDeclaration(stmt) && stmt.isTypeOnly && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
        const first = stmt.exportClause.elements.find((el) => el.name.text.startsWith('IIoK8s'));
        if (first) mainLocal = (first.propertyName ?? first.name).text;
      }
    }
    if (!mainLocal) throw new Error(`${file}: no exported IIoK8s* type`);
    const decl = source.statements.find(
      (s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === mainLocal,
    );
    if (!decl) throw new Error(`${file}: declaration ${mainLocal} not found`);
    const ctx = { file, imports, name };
    let schema;
    if (ts.isInterfaceDeclaration(decl)) {
      schema = this.objectSchema(decl.members, ctx);
    } else {
      schema = this.typeSchema(decl.type, ctx);
    }
    if (name === QUANTITY) {
      schema = { type: ['string', 'number'], pattern: QUANTITY_PATTERN, 'x-kubernetes-quantity': true };
    } else if (name === INT_OR_STRING) {
      schema = { type: ['integer', 'string'], 'x-kubernetes-int-or-string': true };
    }
    const description = jsDocText(decl);
    this.definitions[name] = description ? { description, ...schema } : schema;
  }

  objectSchema(members, ctx) {
    const properties = {};
    const required = [];
    let additionalProperties;
    for (const m of members) {
      if (ts.isPropertySignature(m)) {
        const key = propName(m.name);
        const schema = this.typeSchema(m.type, ctx);
        const description = jsDocText(m);
        properties[key] = description ? { ...schema, description } : schema;
        if (!m.questionToken) required.push(key);
      } else if (ts.isIndexSignatureDeclaration(m)) {
        additionalProperties = this.typeSchema(m.type, ctx);
      } else {
        throw new Error(`${ctx.file}: unsupported member ${ts.SyntaxKind[m.kind]}`);
      }
    }
    const schema = { type: 'object' };
    if (Object.keys(properties).length) {
      schema.properties = properties;
      if (required.length) schema.required = required;
      // kubectl --validate=strict: a field the type does not declare is an error.
      schema.additionalProperties = additionalProperties ?? false;
    } else if (additionalProperties) {
      schema.additionalProperties = additionalProperties;
    }
    // An object type with no declared fields (FieldsV1, RawExtension) stays open.
    return schema;
  }

  typeSchema(type, ctx) {
    switch (type.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      // Every `number` in the Kubernetes API types is an int32 or int64; floats exist only in
      // CRD schemas (JSONSchemaProps), which no pod-bearing kind reaches.
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'integer' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword:
        return {};
      case ts.SyntaxKind.LiteralType:
        if (ts.isStringLiteral(type.literal)) return { type: 'string', enum: [type.literal.text] };
        break;
      case ts.SyntaxKind.ArrayType:
        return { type: 'array', items: this.typeSchema(type.elementType, ctx) };
      case ts.SyntaxKind.TypeLiteral:
        return this.objectSchema(type.members, ctx);
      case ts.SyntaxKind.ParenthesizedType:
        return this.typeSchema(type.type, ctx);
      case ts.SyntaxKind.UnionType:
        return this.unionSchema(type, ctx);
      case ts.SyntaxKind.TypeReference: {
        const id = type.typeName.getText();
        if (id === 'Array' && type.typeArguments?.length === 1) {
          return { type: 'array', items: this.typeSchema(type.typeArguments[0], ctx) };
        }
        const file = ctx.imports.get(id);
        if (file) return this.refTo(file);
        break;
      }
    }
    throw new Error(`${ctx.file}: unsupported type ${ts.SyntaxKind[type.kind]} \`${type.getText()}\``);
  }

  unionSchema(type, ctx) {
    const literals = type.types.filter((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
    if (literals.length === type.types.length) {
      return { type: 'string', enum: literals.map((t) => t.literal.text) };
    }
    const kinds = new Set(type.types.map((t) => t.kind));
    if (kinds.size === 2 && kinds.has(ts.SyntaxKind.StringKeyword) && kinds.has(ts.SyntaxKind.NumberKeyword)) {
      return { type: ['integer', 'string'] };
    }
    throw new Error(`${ctx.file}: unsupported union \`${type.getText()}\``);
  }
}

function packageDir(name) {
  return path.dirname(require.resolve(`${name}/package.json`));
}

function exportName(apiVersion, kind) {
  return `${apiVersion.replace(/[^A-Za-z0-9]/g, '_')}_${kind}`;
}

function generate(source) {
  const pkgDirs = { models: packageDir(source.package), apimachinery: packageDir(source.apimachinery) };
  const installed = JSON.parse(fs.readFileSync(path.join(pkgDirs.models, 'package.json'), 'utf8')).version;
  if (installed !== source.version) {
    throw new Error(`${source.package} ${installed} is installed, the generator expects ${source.version}: run npm ci`);
  }
  const gen = new Generator(pkgDirs);
  const refs = gen.run(ROOT_KINDS.map((k) => path.join(pkgDirs.models, k.file + '.d.ts')));
  const id = `podlint:kubernetes-${source.kubernetes}`;
  const kinds = {};
  ROOT_KINDS.forEach((k, i) => {
    kinds[`${k.apiVersion}/${k.kind}`] = { definition: refs[i].$ref.split('/').pop(), validator: exportName(k.apiVersion, k.kind) };
  });
  const sortedDefinitions = Object.fromEntries(Object.keys(gen.definitions).sort().map((k) => [k, gen.definitions[k]]));
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    'x-kubernetes-version': source.kubernetes,
    'x-source': `${source.package}@${source.version}`,
    'x-kinds': kinds,
    definitions: sortedDefinitions,
  };

  const ajv = new Ajv({
    allErrors: true,
    allowUnionTypes: true,
    code: { source: true, esm: false, optimize: true },
    keywords: ['x-kubernetes-version', 'x-source', 'x-kinds', 'x-kubernetes-quantity', 'x-kubernetes-int-or-string'],
  });
  ajv.addSchema(schema);
  const exportsMap = Object.fromEntries(
    Object.values(kinds).map((k) => [k.validator, `${id}#/definitions/${k.definition}`]),
  );
  const validators = standaloneCode(ajv, exportsMap);

  const dir = path.join(outRoot, `kubernetes-${source.kubernetes}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'schema.json'), JSON.stringify(schema) + '\n');
  fs.writeFileSync(path.join(dir, 'validators.js'), `// Generated by scripts/generate-schemas.mjs from ${source.package}@${source.version}. Do not edit.\n${validators}`);
  return { version: source.kubernetes, definitions: Object.keys(sortedDefinitions).length, dir, schema };
}

/** `1.9` < `1.29` < `1.36`. */
const byMinor = (a, b) => Number(a.kubernetes.split('.')[1]) - Number(b.kubernetes.split('.')[1]);

function main() {
  const started = Date.now();
  const results = SOURCES.map(generate);
  const newest = results[0];
  const older = OLDER_SOURCES.map((source) => deriveOlder(source, newest.schema));
  const index = {
    default: SOURCES[0].kubernetes,
    // Oldest first, as users read a version list. `removed`/`added` turn the `base` schema into this version's.
    versions: [
      ...SOURCES.map((s) => ({ kubernetes: s.kubernetes, source: `${s.package}@${s.version}` })),
      ...older.map((o) => ({
        kubernetes: o.kubernetes,
        source: o.source,
        base: newest.version,
        removed: o.removed,
        added: o.added,
        ...(Object.keys(o.offByDefault).length ? { offByDefault: o.offByDefault } : {}),
      })),
    ].sort(byMinor),
  };
  fs.writeFileSync(path.join(outRoot, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  for (const r of results) {
    console.log(`schemas: Kubernetes ${r.version}: ${r.definitions} definitions -> ${path.relative(root, r.dir)}`);
  }
  for (const o of older) {
    const count = (m) => Object.values(m).reduce((n, f) => n + f.length, 0);
    console.log(`schemas: Kubernetes ${o.kubernetes} (${o.source}): ${o.described} types compared, ${count(o.removed)} fields removed, ${count(o.added)} older fields kept open`);
  }
  console.log(`schemas: generated in ${Date.now() - started} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
