import { isPlainObject, Path, valueAt } from './path';
import { CONTAINER_GROUPS, ContainerGroup, POD_SPEC_PATHS } from './workloadKinds';

/** One container of a pod, with where it sits in the document. */
export interface ContainerModel {
  readonly group: ContainerGroup;
  readonly index: number;
  readonly path: Path;
  readonly value: Record<string, unknown>;
  readonly name: string | undefined;
}

/** One pod spec: a Pod's `spec`, or the pod template of a workload. */
export interface PodSpecModel {
  readonly path: Path;
  readonly value: Record<string, unknown>;
  /** True for pod templates (Deployment, Job...), false for a Pod itself. */
  readonly isTemplate: boolean;
  /** All containers: init containers first, then containers, then ephemeral containers. */
  readonly containers: readonly ContainerModel[];
}

export function findPodSpecs(kind: string, objectValue: unknown): PodSpecModel[] {
  const path = POD_SPEC_PATHS[kind];
  if (!path) return [];
  const value = valueAt(objectValue, path);
  if (!isPlainObject(value)) return [];
  const containers: ContainerModel[] = [];
  for (const group of CONTAINER_GROUPS) {
    const list = value[group];
    if (!Array.isArray(list)) continue;
    list.forEach((c, index) => {
      if (!isPlainObject(c)) return;
      containers.push({
        group,
        index,
        path: [...path, group, index],
        value: c,
        name: typeof c.name === 'string' ? c.name : undefined,
      });
    });
  }
  return [{ path, value, isTemplate: kind !== 'Pod', containers }];
}
