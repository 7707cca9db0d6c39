import type { PodSpecModel } from '../model/podModel';
import type { ObjectRuleContext } from './types';

/**
 * The volume source fields (`emptyDir`, `persistentVolumeClaim`...) the checked version's schema
 * knows for a pod's volumes: a misspelt or newer field is unknown-field's, never taken for a source.
 */
export function volumeSourceFields(ctx: ObjectRuleContext, pod: PodSpecModel): ReadonlySet<string> {
  const fields = new Set(Object.keys(ctx.schema.schemaAt(ctx.object.apiVersion, ctx.object.kind, [...pod.path, 'volumes', 0])?.schema.properties ?? {}));
  fields.delete('name');
  return fields;
}

/** The sources a volume sets (a null one counts as absent, as for the API server), in written order. */
export function sourcesOf(volume: Record<string, unknown>, fields: ReadonlySet<string>): string[] {
  return Object.keys(volume).filter((k) => fields.has(k) && volume[k] !== null && volume[k] !== undefined);
}
