import fs from 'node:fs';
import path from 'node:path';
import type { Path } from '../model/path';
import { compareVersions } from '../util/kubernetesVersion';
import { FieldIntroduction, fieldIntroduction, VersionEntry } from './fieldHistory';
import type { AjvError, JsonSchema } from './jsonSchema';
import { deriveDefinitions, VersionDiff, versionErrors } from './versionDiff';

export type { AjvError, JsonSchema } from './jsonSchema';

const DEFINITIONS = '#/definitions/';

/** A schema found by path, with the Kubernetes type that declares it. */
export interface SchemaLocation {
  readonly schema: JsonSchema;
  /** The nearest enclosing definition, e.g. `io.k8s.api.core.v1.ContainerPort`. */
  readonly definition: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

interface SchemaDocument {
  'x-kubernetes-version': string;
  'x-kinds': Record<string, { definition: string; validator: string }>;
  definitions: Record<string, JsonSchema>;
}

/** How a version's schema is obtained: its own generated files, or a base version and a diff. */
interface Derivation {
  readonly base: KubernetesSchema;
  readonly diff: VersionDiff;
}

/**
 * The schema of one Kubernetes version: validators compiled at build time, plus the field tree.
 * Older versions share the newest version's files and validators and apply their diff on top.
 */
export class KubernetesSchema {
  private validators: Record<string, Validator> | undefined;
  private document: SchemaDocument | undefined;

  constructor(
    readonly version: string,
    private readonly dir: string,
    private readonly derivation?: Derivation,
    private readonly introductions?: (definition: string, field: string) => FieldIntroduction | undefined,
  ) {}

  private doc(): SchemaDocument {
    if (this.document) return this.document;
    const d = this.derivation;
    if (d) {
      const base = d.base.doc();
      return (this.document = { ...base, 'x-kubernetes-version': this.version, definitions: deriveDefinitions(base.definitions, d.diff, this.version) });
    }
    return (this.document = JSON.parse(fs.readFileSync(path.join(this.dir, 'schema.json'), 'utf8')) as SchemaDocument);
  }

  get definitions(): Record<string, JsonSchema> {
    return this.doc().definitions;
  }

  /** `apps/v1/Deployment` -> definition name, for every kind that has a schema. */
  kindDefinition(apiVersion: string, kind: string): string | undefined {
    return this.doc()['x-kinds'][`${apiVersion}/${kind}`]?.definition;
  }

  /** Every kind this schema validates, as `{apiVersion, kind}`. */
  kinds(): { apiVersion: string; kind: string }[] {
    return Object.keys(this.doc()['x-kinds']).map((k) => {
      const i = k.lastIndexOf('/');
      return { apiVersion: k.slice(0, i), kind: k.slice(i + 1) };
    });
  }

  /** Validates a whole object; undefined when this schema has no type for it. */
  validate(apiVersion: string, kind: string, value: unknown): AjvError[] | undefined {
    const d = this.derivation;
    if (d) {
      const errors = d.base.validate(apiVersion, kind, value);
      const root = this.kindDefinition(apiVersion, kind);
      return errors && root ? versionErrors(errors, value, root, this.definitions, d.diff) : errors;
    }
    const entry = this.doc()['x-kinds'][`${apiVersion}/${kind}`];
    if (!entry) return undefined;
    this.validators ??= require(path.join(this.dir, 'validators.js')) as Record<string, Validator>;
    const validate = this.validators[entry.validator];
    return validate(value) ? [] : (validate.errors ?? []);
  }

  /**
   * When this version lacks `definition.field` and a newer bundled version has it: which one.
   * Lets messages say "requires Kubernetes 1.34 or later" instead of "unknown field".
   */
  fieldIntroduction(definition: string, field: string): FieldIntroduction | undefined {
    return this.introductions?.(definition, field);
  }

  /** Follows `$ref`s: the schema that actually describes a value. */
  resolve(schema: JsonSchema | undefined): JsonSchema | undefined {
    let s = schema;
    for (let hops = 0; s?.$ref && hops < 16; hops++) {
      const target = this.definitions[s.$ref.slice(DEFINITIONS.length)];
      s = target ? { ...target, description: s.description ?? target.description } : undefined;
    }
    return s;
  }

  /**
   * The schema that describes the value at `path` inside an object of this kind, and the type
   * (definition) it belongs to: the one place that answers "what is allowed here", for messages,
   * completions and hovers alike.
   */
  schemaAt(apiVersion: string, kind: string, path: Path): SchemaLocation | undefined {
    const root = this.kindDefinition(apiVersion, kind);
    if (!root) return undefined;
    let definition = root;
    let schema: JsonSchema | undefined = this.definitions[root];
    for (const seg of path) {
      if (!schema) return undefined;
      let next: JsonSchema | undefined;
      if (typeof seg === 'number') next = schema.items;
      else next = schema.properties?.[seg] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (!next) return undefined;
      if (next.$ref) definition = next.$ref.slice(DEFINITIONS.length);
      schema = this.resolve(next);
    }
    return schema ? { schema, definition } : undefined;
  }
}

/** Finds the folder of generated schemas: beside the package root, from out/ or a bundle alike. */
export function findSchemasDir(start: string = __dirname): string {
  let dir = start;
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'schemas');
    if (fs.existsSync(path.join(candidate, 'index.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`podlint: generated schemas not found above ${start} (run "npm run build")`);
}

export interface SchemaIndex {
  default: string;
  versions: VersionEntry[];
}

/** Loads schemas lazily, once per version. */
export class SchemaRegistry {
  private readonly loaded = new Map<string, KubernetesSchema>();
  readonly index: SchemaIndex;

  constructor(readonly dir: string = findSchemasDir()) {
    this.index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as SchemaIndex;
  }

  get defaultVersion(): string {
    return this.index.default;
  }

  /** Every bundled version, oldest first. */
  get versions(): string[] {
    return this.index.versions.map((v) => v.kubernetes).sort(compareVersions);
  }

  has(version: string): boolean {
    return this.index.versions.some((v) => v.kubernetes === version);
  }

  get(version: string = this.index.default): KubernetesSchema {
    let schema = this.loaded.get(version);
    if (!schema) {
      const entry = this.index.versions.find((v) => v.kubernetes === version);
      if (!entry) throw new Error(unsupportedVersionMessage(version, this.versions));
      const derivation = entry.base ? { base: this.get(entry.base), diff: { removed: entry.removed ?? {}, added: entry.added ?? {} } } : undefined;
      const introductions = (definition: string, field: string): FieldIntroduction | undefined =>
        fieldIntroduction(this.index.versions, version, definition, field);
      schema = new KubernetesSchema(version, path.join(this.dir, `kubernetes-${version}`), derivation, introductions);
      this.loaded.set(version, schema);
    }
    return schema;
  }
}

/** The one wording for an unsupported version, wherever it was given. */
export function unsupportedVersionMessage(version: string, supported: readonly string[]): string {
  return `Kubernetes ${JSON.stringify(version)} is not supported; supported versions: ${supported.join(', ')}`;
}
