import { duplicateKey } from './duplicate-key';
import { invalidContainerName } from './invalid-container-name';
import { invalidDisableComment } from './invalid-disable-comment';
import { invalidLabel } from './invalid-label';
import { invalidObjectName } from './invalid-object-name';
import { invalidQuantity } from './invalid-quantity';
import { invalidType } from './invalid-type';
import { kubernetesVersionComment } from './kubernetes-version-comment';
import { missingImage } from './missing-image';
import { requiredField } from './required-field';
import type { Rule, RuleMeta } from './types';
import { unknownField } from './unknown-field';
import { unservedApiVersion } from './unserved-api-version';
import { unsupportedValue } from './unsupported-value';
import { yamlLimits } from './yaml-limits';
import { yamlPortability } from './yaml-portability';
import { yamlSyntax } from './yaml-syntax';

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
  invalidContainerName,
  invalidDisableComment,
];

export const RULE_META: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((r) => [r.meta.id, r.meta]));
