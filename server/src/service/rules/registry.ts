import { duplicateKey } from './duplicate-key';
import { invalidContainerName } from './invalid-container-name';
import { invalidDisableComment } from './invalid-disable-comment';
import { invalidLabel } from './invalid-label';
import { invalidObjectName } from './invalid-object-name';
import { invalidQuantity } from './invalid-quantity';
import { invalidType } from './invalid-type';
import { kubernetesVersionComment } from './kubernetes-version-comment';
import { missingImage } from './missing-image';
import { emptyContainers } from './empty-containers';
import { requiredField } from './required-field';
import type { Rule, RuleMeta } from './types';
import { unknownField } from './unknown-field';
import { unservedApiVersion } from './unserved-api-version';
import { unsupportedValue } from './unsupported-value';
import { yamlLimits } from './yaml-limits';
import { yamlPortability } from './yaml-portability';
import { yamlSyntax } from './yaml-syntax';
import { undeclaredVolume } from './undeclared-volume';
import { duplicateVolumeName } from './duplicate-volume-name';
import { multipleVolumeSources } from './multiple-volume-sources';
import { duplicateMountPath } from './duplicate-mount-path';
import { invalidMountPropagation } from './invalid-mount-propagation';
import { invalidVolumeFile } from './invalid-volume-file';
import { invalidSubPath } from './invalid-sub-path';
import { unusedVolume } from './unused-volume';
import { duplicateContainerName } from './duplicate-container-name';
import { containerRestartPolicy } from './container-restart-policy';
import { workloadRestartPolicy } from './workload-restart-policy';
import { selectorMismatch } from './selector-mismatch';
import { initContainerProbe } from './init-container-probe';
import { invalidProbe } from './invalid-probe';
import { ephemeralContainerRestriction } from './ephemeral-container-restriction';
import { duplicateContainerPort } from './duplicate-container-port';
import { duplicatePortName } from './duplicate-port-name';
import { invalidPortName } from './invalid-port-name';
import { invalidPortNumber } from './invalid-port-number';
import { hostPortConflict } from './host-port-conflict';
import { hostNetworkPortMismatch } from './host-network-port-mismatch';
import { unknownPortName } from './unknown-port-name';
import { unknownContainerReference } from './unknown-container-reference';
import { requestsExceedLimits } from './requests-exceed-limits';
import { fractionalByteQuantity } from './fractional-byte-quantity';
import { duplicateEnv } from './duplicate-env';
import { invalidEnvName } from './invalid-env-name';
import { invalidEnvSource } from './invalid-env-source';
import { invalidFieldPath } from './invalid-field-path';
import { latestImageTag } from './latest-image-tag';
import { missingResources } from './missing-resources';
import { missingReadinessProbe } from './missing-readiness-probe';
import { sidecarOrder } from './sidecar-order';
import { hostIpWithoutHostPort } from './host-ip-without-host-port';
import { invalidVolumeName } from './invalid-volume-name';
import { shareProcessNamespaceHostPid } from './share-process-namespace-host-pid';
import { invalidVolumeDevice } from './invalid-volume-device';
import { duplicateProjectedPath } from './duplicate-projected-path';
import { gitRepoVolume } from './git-repo-volume';
import { duplicateImagePullSecret } from './duplicate-image-pull-secret';
import { hostUsersHostNamespace } from './host-users-host-namespace';

/** Every rule, in the order their findings are listed. Each module is named after its rule id. */
export const RULES: readonly Rule[] = [
  kubernetesVersionComment,
  yamlSyntax,
  duplicateKey,
  yamlPortability,
  yamlLimits,
  unservedApiVersion,
  unknownField,
  requiredField,
  invalidType,
  unsupportedValue,
  invalidQuantity,
  invalidObjectName,
  invalidLabel,
  missingImage,
  emptyContainers,
  invalidContainerName,
  invalidDisableComment,
  undeclaredVolume,
  duplicateVolumeName,
  multipleVolumeSources,
  duplicateMountPath,
  invalidMountPropagation,
  invalidVolumeFile,
  invalidSubPath,
  unusedVolume,
  duplicateContainerName,
  containerRestartPolicy,
  workloadRestartPolicy,
  selectorMismatch,
  initContainerProbe,
  invalidProbe,
  ephemeralContainerRestriction,
  duplicateContainerPort,
  duplicatePortName,
  invalidPortName,
  invalidPortNumber,
  hostPortConflict,
  hostNetworkPortMismatch,
  unknownPortName,
  unknownContainerReference,
  requestsExceedLimits,
  fractionalByteQuantity,
  duplicateEnv,
  invalidEnvName,
  invalidEnvSource,
  invalidFieldPath,
  latestImageTag,
  missingResources,
  missingReadinessProbe,
  sidecarOrder,
  hostIpWithoutHostPort,
  invalidVolumeName,
  shareProcessNamespaceHostPid,
  invalidVolumeDevice,
  duplicateProjectedPath,
  gitRepoVolume,
  duplicateImagePullSecret,
  hostUsersHostNamespace,
];

export const RULE_META: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((r) => [r.meta.id, r.meta]));
