import { isPlainObject, Path } from './path';
import type { ContainerModel, PodSpecModel } from './podModel';

/**
 * Typed views of the parts of a pod spec that the cross-container rules compare. Values of the
 * wrong type are skipped here: the schema rules (invalid-type, required-field) report them.
 */

export interface PortFacts {
  readonly index: number;
  readonly path: Path;
  readonly name: string | undefined;
  readonly containerPort: number | undefined;
  /** As the API server sees it after defaulting: TCP when absent. */
  readonly protocol: string;
  readonly hostPort: number | undefined;
  readonly hostIP: string;
}

export interface ItemFacts {
  readonly index: number;
  readonly path: Path;
  readonly value: Record<string, unknown>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/** The mapping items of a list field (`ports`, `env`, `volumeMounts`...), with their paths. */
export function itemsOf(owner: Record<string, unknown>, ownerPath: Path, field: string): ItemFacts[] {
  const list = owner[field];
  if (!Array.isArray(list)) return [];
  const out: ItemFacts[] = [];
  list.forEach((value, index) => {
    if (isPlainObject(value)) out.push({ index, path: [...ownerPath, field, index], value });
  });
  return out;
}

export function portsOf(c: ContainerModel): PortFacts[] {
  return itemsOf(c.value, c.path, 'ports').map(({ index, path, value }) => ({
    index,
    path,
    name: str(value.name) || undefined,
    containerPort: int(value.containerPort),
    protocol: str(value.protocol) ?? 'TCP',
    // 0 is "not set" to the API server.
    hostPort: int(value.hostPort) || undefined,
    hostIP: str(value.hostIP) ?? '',
  }));
}

/** `container "app"`, or the list position when the container has no usable name. */
export function describeContainer(c: ContainerModel): string {
  const kind = c.group === 'initContainers' ? 'init container' : c.group === 'ephemeralContainers' ? 'ephemeral container' : 'container';
  return c.name ? `${kind} ${JSON.stringify(c.name)}` : `${c.group}[${c.index}]`;
}

/** The names in `spec.volumes`, in order, with their paths. */
export function volumesOf(pod: PodSpecModel): { name: string; path: Path; value: Record<string, unknown> }[] {
  return itemsOf(pod.value, pod.path, 'volumes').flatMap(({ path, value }) => {
    const name = str(value.name);
    return name ? [{ name, path, value }] : [];
  });
}

/** Whether a pod spec sets a boolean field to true (hostNetwork, ...). */
export function podFlag(pod: PodSpecModel, field: string): boolean {
  return pod.value[field] === true;
}

/** A probe or lifecycle handler port (`httpGet.port`, `tcpSocket.port`, a probe's `grpc.port`), as written. */
export interface HandlerPort {
  readonly path: Path;
  readonly value: string | number;
  /** `readinessProbe.httpGet`, `lifecycle.preStop.tcpSocket`, `startupProbe.grpc`... */
  readonly where: string;
}

const HANDLERS: readonly (readonly string[])[] = [['livenessProbe'], ['readinessProbe'], ['startupProbe'], ['lifecycle', 'postStart'], ['lifecycle', 'preStop']];

export function handlerPortsOf(c: ContainerModel): HandlerPort[] {
  const out: HandlerPort[] = [];
  for (const at of HANDLERS) {
    let handler: unknown = c.value;
    for (const seg of at) handler = isPlainObject(handler) ? handler[seg] : undefined;
    if (!isPlainObject(handler)) continue;
    for (const action of ['httpGet', 'tcpSocket', 'grpc']) {
      const spec = handler[action];
      if (!isPlainObject(spec)) continue;
      const port = spec.port;
      // grpc.port is a number only: a name there is invalid-type's, not a port name to look up.
      if (action === 'grpc' && typeof port !== 'number') continue;
      if (typeof port === 'string' || typeof port === 'number') out.push({ path: [...c.path, ...at, action, 'port'], value: port, where: [...at, action].join('.') });
    }
  }
  return out;
}

/** A StatefulSet's controller adds a volume to each pod for every volumeClaimTemplate, by its name. */
export function claimTemplateNames(kind: string, objectValue: Record<string, unknown>): string[] {
  if (kind !== 'StatefulSet' || !isPlainObject(objectValue.spec)) return [];
  const templates = objectValue.spec.volumeClaimTemplates;
  if (!Array.isArray(templates)) return [];
  return templates.flatMap((t) => (isPlainObject(t) && isPlainObject(t.metadata) && typeof t.metadata.name === 'string' ? [t.metadata.name] : []));
}
