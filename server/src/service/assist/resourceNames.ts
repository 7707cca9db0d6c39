import type { JsonSchema } from '../schema/jsonSchema';
import type { SchemaLocation } from '../schema/schemaStore';

const QUANTITY = '#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity';

// The resource names the API server knows for each kind of quantity map (pkg/apis/core/types.go:
// ResourceCPU, ResourceMemory, ResourceEphemeralStorage, ResourceStorage, the hugepages- prefix).
const CPU = { $ref: QUANTITY, description: 'CPU, in cores: `500m` is half a core, `1` (or `1000m`) one core.' };
const MEMORY = { $ref: QUANTITY, description: 'Memory, in bytes: `128Mi` (2^20 bytes each), `1Gi`, or `128M` (10^6 bytes each).' };
const EPHEMERAL = { $ref: QUANTITY, description: "Local ephemeral storage (the container's writable layer, its logs, emptyDir volumes), in bytes: `1Gi`." };
const HUGEPAGES = (size: string) => ({ $ref: QUANTITY, description: `Huge pages of ${size}, in bytes (requests must equal limits; needs nodes that pre-allocate them).` });
const STORAGE = { $ref: QUANTITY, description: 'The size of the volume to provision, in bytes: `10Gi`.' };

const BY_DEFINITION: Record<string, Record<string, JsonSchema>> = {
  'io.k8s.api.core.v1.ResourceRequirements': { cpu: CPU, memory: MEMORY, 'ephemeral-storage': EPHEMERAL, 'hugepages-2Mi': HUGEPAGES('2Mi'), 'hugepages-1Gi': HUGEPAGES('1Gi') },
  'io.k8s.api.core.v1.VolumeResourceRequirements': { storage: STORAGE },
  // PodSpec.overhead (set by a RuntimeClass, rarely by hand).
  'io.k8s.api.core.v1.PodSpec': { cpu: CPU, memory: MEMORY },
};

/**
 * A map of quantities (`requests:`, `limits:`) has no properties in the schema, only quantity
 * values: as keys, the resource names the API server accepts there, so completion can offer them.
 */
export function withResourceNames(found: SchemaLocation | undefined): JsonSchema | undefined {
  const schema = found?.schema;
  if (!schema || schema.properties || typeof schema.additionalProperties !== 'object' || schema.additionalProperties.$ref !== QUANTITY) return schema;
  const names = BY_DEFINITION[found!.definition];
  return names ? { ...schema, properties: names } : schema;
}
