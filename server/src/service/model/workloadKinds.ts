import { isPlainObject, Path, valueAt } from './path';

/** Where each pod-bearing kind keeps its pod spec (the API types of Kubernetes 1.36). */
export const POD_SPEC_PATHS: Readonly<Record<string, Path>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/**
 * API versions that once served these kinds and no longer do, from Kubernetes' deprecated API
 * migration guide (kubernetes.io/docs/reference/using-api/deprecation-guide/).
 */
export const REMOVED_API_VERSIONS: Readonly<Record<string, { removedIn: string; kinds: readonly string[] }>> = {
  'extensions/v1beta1': { removedIn: '1.16', kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'] },
  'apps/v1beta1': { removedIn: '1.16', kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'] },
  'apps/v1beta2': { removedIn: '1.16', kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'] },
  'batch/v2alpha1': { removedIn: '1.21', kinds: ['CronJob'] },
  'batch/v1beta1': { removedIn: '1.25', kinds: ['CronJob'] },
};

export const CONTAINER_GROUPS = ['initContainers', 'containers', 'ephemeralContainers'] as const;
export type ContainerGroup = (typeof CONTAINER_GROUPS)[number];

/**
 * The pod template `restartPolicy` values an owner accepts (validateJobSpec, ValidateDeploymentSpec
 * and the like), or undefined where any pod policy goes (a Pod, a PodTemplate). A Job's
 * `podFailurePolicy` (in the Job's spec, or a CronJob's job template's) narrows it to Never.
 */
export function templateRestartPolicies(kind: string, objectValue: unknown): readonly string[] | undefined {
  if (kind === 'Job' || kind === 'CronJob') {
    const jobSpec = valueAt(objectValue, kind === 'Job' ? ['spec'] : ['spec', 'jobTemplate', 'spec']);
    return isPlainObject(jobSpec) && jobSpec.podFailurePolicy !== undefined ? ['Never'] : ['OnFailure', 'Never'];
  }
  return ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController'].includes(kind) ? ['Always'] : undefined;
}
