import type { ContainerModel } from './podModel';

/**
 * What a Kubernetes version accepts for `restartPolicy` on a container: the one place that knows
 * the native-sidecar and container-restart-rules feature history, so a version check changes
 * every rule that depends on it at once.
 *
 * - SidecarContainers: alpha (off) in 1.28, beta and on by default in 1.29, GA in 1.33.
 *   Init containers may set `restartPolicy: Always` (validateInitContainerRestartPolicy).
 * - ContainerRestartRules (KEP-5307): alpha (off) in 1.34, beta and on by default in 1.35.
 *   Every container may set Always, OnFailure or Never; before it, regular containers get
 *   "may not be set for non-init containers" (validateContainers).
 */
export interface RestartPolicySupport {
  /** Values an init container may set; empty when the field is not accepted at all. */
  readonly init: readonly string[];
  /** Values a regular container may set; empty when the field is forbidden on them. */
  readonly regular: readonly string[];
}

const ALL = ['Always', 'Never', 'OnFailure'] as const;

/** `"1.36"` -> 36; unknown formats count as the newest version. */
function minor(version: string): number {
  const m = /^1\.(\d+)/.exec(version);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

export function restartPolicySupport(version: string): RestartPolicySupport {
  const v = minor(version);
  if (v >= 35) return { init: ALL, regular: ALL };
  if (v >= 29) return { init: ['Always'], regular: [] };
  return { init: [], regular: [] };
}

/** A native sidecar: an init container that keeps running beside the regular containers. */
export function isSidecar(c: ContainerModel, version: string): boolean {
  return c.group === 'initContainers' && c.value.restartPolicy === 'Always' && restartPolicySupport(version).init.includes('Always');
}

/** Containers that run for the pod's whole life and can serve traffic: regular ones and sidecars. */
export function isLongRunning(c: ContainerModel, version: string): boolean {
  return c.group === 'containers' || isSidecar(c, version);
}
