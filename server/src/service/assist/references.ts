import { ParsedDocument } from '../model/parsedDocument';
import { isPlainObject, Path, valueAt } from '../model/path';
import type { PodSpecModel } from '../model/podModel';
import type { ValueContext } from './cursorContext';

/** A value that names something declared elsewhere in the pod. */
export interface Reference {
  readonly value: string;
  /** What it names, in Kubernetes' words: `volume`, `container port`, `container`. */
  readonly what: string;
  /** Where it is declared, for the completion's detail. */
  readonly where: string;
}

/**
 * While the user types, the document often does not parse (`image: ` half written, a dangling
 * `- `): its pod is then read from the same text without the line being edited. The result is
 * kept per parsed document and line, so repeated requests on one version parse once.
 */
const fallbacks = new WeakMap<ParsedDocument, Map<number, ParsedDocument>>();

/** The document itself when it parses, else its text without the cursor's line, parsed. */
export function parsedAround(doc: ParsedDocument, lines: readonly string[], line: number): ParsedDocument {
  if (doc.object) return doc;
  let byLine = fallbacks.get(doc);
  if (!byLine) fallbacks.set(doc, (byLine = new Map()));
  let parsed = byLine.get(line);
  if (!parsed) {
    parsed = new ParsedDocument(lines.map((l, i) => (i === line ? '' : l)).join('\n'));
    byLine.set(line, parsed);
  }
  return parsed;
}

/** The names of a list's items, as references declared at `list[i]`. */
function named(list: unknown, what: string, at: string, nameOf: (item: Record<string, unknown>) => unknown): Reference[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) => {
    const name = isPlainObject(item) ? nameOf(item) : undefined;
    return typeof name === 'string' ? [{ value: name, what, where: `${at}[${i}]` }] : [];
  });
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

const PROBES = new Set(['livenessProbe', 'readinessProbe', 'startupProbe']);
const LIFECYCLE = new Set(['postStart', 'preStop']);
/** The fields that name something, by the object that holds them (`volumeMounts[i]`, `httpGet`...). */
const REFERRING_FIELDS: Record<string, (holder: string | number | undefined, parent: string | number | undefined) => boolean> = {
  name: (_, parent) => parent === 'volumeMounts' || parent === 'volumeDevices',
  port: (holder) => holder === 'httpGet' || holder === 'tcpSocket',
  targetContainerName: (_, parent) => parent === 'ephemeralContainers',
  containerName: (holder) => holder === 'resourceFieldRef',
  'kubectl.kubernetes.io/default-container': (holder) => holder === 'annotations',
};

function containerNames(pod: PodSpecModel, groups: readonly string[]): Reference[] {
  return pod.containers
    .filter((c) => c.name !== undefined && groups.includes(c.group))
    .map((c) => ({ value: c.name!, what: 'container', where: `${c.group}[${c.index}]` }));
}

/**
 * Names the field at the cursor may refer to: volumes for `volumeMounts[].name`, the container's
 * named ports for a probe's or lifecycle handler's `port`, containers for `targetContainerName`,
 * `resourceFieldRef.containerName` and the `kubectl.kubernetes.io/default-container` annotation.
 */
export function referencesAt(ctx: Pick<ValueContext, 'objectPath' | 'field'>, document: () => ParsedDocument): Reference[] {
  const path = ctx.objectPath;
  const field = ctx.field;
  // Only these fields refer to names: the pod (maybe a re-parse of broken text) is read for them alone.
  if (!Object.hasOwn(REFERRING_FIELDS, field) || !REFERRING_FIELDS[field](path[path.length - 1], path[path.length - 2])) return [];
  const doc = document();
  for (const pod of doc.podSpecs) {
    if (field === 'kubectl.kubernetes.io/default-container') {
      const metadata = pod.path.length ? [...pod.path.slice(0, -1), 'metadata', 'annotations'] : [];
      if (metadata.length && path.length === metadata.length && startsWith(path, metadata)) {
        return containerNames(pod, ['containers', 'initContainers']);
      }
      continue;
    }
    if (!startsWith(path, pod.path)) continue;
    const rel = path.slice(pod.path.length);
    const [group, index, holder] = rel;
    const container = pod.containers.find((c) => c.group === group && c.index === index);
    if (field === 'name' && (holder === 'volumeMounts' || holder === 'volumeDevices') && rel.length === 4) {
      const volumes = named(pod.value.volumes, 'volume', 'volumes', (v) => v.name);
      // A StatefulSet's containers also mount the claims made from its volumeClaimTemplates.
      const claims = doc.object?.kind === 'StatefulSet' ? valueAt(doc.object.value, ['spec', 'volumeClaimTemplates']) : undefined;
      return [...volumes, ...named(claims, 'volume claim template', 'spec.volumeClaimTemplates', (t) => (isPlainObject(t.metadata) ? t.metadata.name : undefined))];
    }
    const inHandler =
      (rel.length === 4 && typeof holder === 'string' && PROBES.has(holder)) ||
      (rel.length === 5 && holder === 'lifecycle' && LIFECYCLE.has(String(rel[3])));
    const action = rel[rel.length - 1];
    if (field === 'port' && container && inHandler && (action === 'httpGet' || action === 'tcpSocket')) {
      const ports = Array.isArray(container.value.ports) ? container.value.ports : [];
      return ports
        .map((p, i) =>
          isPlainObject(p) && typeof p.name === 'string'
            ? { value: p.name, what: 'container port', where: `ports[${i}]: ${String(p.containerPort)}` }
            : undefined,
        )
        .filter((r): r is Reference => r !== undefined);
    }
    if (field === 'targetContainerName' && group === 'ephemeralContainers' && rel.length === 2) {
      return containerNames(pod, ['containers', 'initContainers']);
    }
    if (field === 'containerName' && path[path.length - 1] === 'resourceFieldRef') {
      return containerNames(pod, ['containers', 'initContainers']);
    }
  }
  return [];
}
