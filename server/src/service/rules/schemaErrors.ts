import type { Path } from '../model/path';
import { pathFromPointer } from '../model/path';
import type { SchemaLocation } from '../schema/schemaStore';
import type { ObjectRuleContext } from './types';

/** A schema validator error, with the path as a Path and the definition it was raised in. */
export interface SchemaError {
  readonly path: Path;
  readonly params: Record<string, unknown>;
  /** The schema at `path` and the upstream type that declares it (`io.k8s.api.core.v1.ContainerPort`). */
  readonly location: SchemaLocation | undefined;
}

export function schemaErrors(ctx: ObjectRuleContext, keyword: string): SchemaError[] {
  return ctx
    .schemaErrors()
    .filter((e) => e.keyword === keyword)
    .map((e) => {
      const path = pathFromPointer(e.instancePath, ctx.object.value);
      return { path, params: e.params, location: ctx.schema.schemaAt(ctx.object.apiVersion, ctx.object.kind, path) };
    });
}

/** The field name a path ends in (`ports[0].protocol` -> `protocol`), for messages. */
export function fieldName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return 'value';
}

/** `true`, `8080`, `"PORT"`, a mapping, a list: how a value reads in a message. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `${Number.isInteger(value) ? 'integer' : 'number'} ${value}`;
  return `${typeof value} ${String(value)}`;
}
