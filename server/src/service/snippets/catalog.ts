/**
 * Every snippet podlint ships, defined once: `scripts/generate-snippets.ts` writes the VS Code
 * snippet file from this list and the language server offers the same bodies as completions, so
 * the two cannot drift apart.
 */
import * as part from './parts';
import { compileTemplate, CompiledTemplate, indent } from './template';

/** Where a snippet belongs: a whole manifest, or one item of a pod's `containers`/`initContainers`. */
export type SnippetContext = 'document' | 'containers' | 'initContainers';

export interface Snippet extends CompiledTemplate {
  /** What the user types; also the completion item's label. */
  readonly prefix: string;
  /** The VS Code snippet name (shown in the snippet picker). */
  readonly name: string;
  readonly description: string;
  readonly context: SnippetContext;
}

interface Pattern {
  /** Prefixes are `pod-<key>` and `deployment-<key>` (`pod` and `deployment` for the empty key). */
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly name: string;
  /** The pod spec's keys, at column 0. */
  readonly spec: string;
}

const list = (key: string, ...items: string[]): string => `${key}:\n${items.map((i) => indent(i, 2)).join('\n')}`;

const PATTERNS: readonly Pattern[] = [
  {
    key: '',
    title: 'one container with probes and resources',
    description: 'A single container with a named port, readiness and liveness probes on it, and resource requests and limits.',
    name: 'web',
    spec: list('containers', part.app({ liveness: true })),
  },
  {
    key: 'sidecar',
    title: 'app + logging sidecar sharing an emptyDir',
    description: 'The classic sidecar: the app writes its log files to a shared emptyDir volume and a sidecar container streams them to stdout.',
    name: 'web',
    spec: [list('containers', part.app({ extra: part.APP_LOG_MOUNT }), part.logShipper(false)), list('volumes', part.LOG_VOLUME)].join('\n'),
  },
  {
    key: 'native-sidecar',
    title: 'app + native sidecar (Kubernetes 1.29+)',
    description: 'A native sidecar: an init container with restartPolicy: Always that starts before the app and stops after it (Kubernetes 1.29+), shipping the logs the app writes to a shared emptyDir.',
    name: 'web',
    spec: [list('initContainers', part.logShipper(true)), list('containers', part.app({ extra: part.APP_LOG_MOUNT })), list('volumes', part.LOG_VOLUME)].join('\n'),
  },
  {
    key: 'init-container',
    title: 'init container waiting for a dependency',
    description: 'An init container that waits until a Service name resolves before the app starts.',
    name: 'web',
    spec: [list('initContainers', part.WAIT_FOR_SERVICE), list('containers', part.app())].join('\n'),
  },
  {
    key: 'ambassador',
    title: 'app + ambassador proxy on localhost',
    description: 'The ambassador pattern: the app connects to localhost, where a proxy container forwards to the real service.',
    name: 'web',
    spec: list('containers', part.app({ extra: part.APP_AMBASSADOR_ENV }), part.AMBASSADOR),
  },
  {
    key: 'adapter',
    title: 'app + metrics adapter on its own port',
    description: "The adapter pattern: a container reads the app's status over localhost and exposes it as Prometheus metrics on a port of its own.",
    name: 'web',
    spec: list('containers', part.app(), part.METRICS_ADAPTER),
  },
];

const LABEL = 'app.kubernetes.io/name';

function podTemplate(p: Pattern): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: {{name:${p.name}}}
  labels:
    ${LABEL}: {{name}}
spec:
${indent(p.spec, 2)}`;
}

/** The selector and the template's labels are one tab stop: a Deployment whose selector misses its own pods is rejected. */
function deploymentTemplate(p: Pattern): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{name:${p.name}}}
  labels:
    ${LABEL}: {{name}}
spec:
  replicas: {{replicas:2}}
  selector:
    matchLabels:
      ${LABEL}: {{name}}
  template:
    metadata:
      labels:
        ${LABEL}: {{name}}
    spec:
${indent(p.spec, 6)}`;
}

const CONTAINER_SNIPPETS: readonly { prefix: string; name: string; description: string; context: SnippetContext; template: string }[] = [
  {
    prefix: 'container',
    name: 'Container with probes and resources',
    description: 'A container with a named port, readiness and liveness probes on it, and resource requests and limits.',
    context: 'containers',
    template: part.app({ liveness: true }),
  },
  {
    prefix: 'sidecar-container',
    name: 'Logging sidecar container',
    description: 'A sidecar that streams a log file from a shared volume to stdout (declare the volume under the pod\'s volumes).',
    context: 'containers',
    template: part.logShipper(false),
  },
  {
    prefix: 'native-sidecar',
    name: 'Native sidecar init container (Kubernetes 1.29+)',
    description: 'An init container with restartPolicy: Always: it starts before the app containers and runs beside them (Kubernetes 1.29+).',
    context: 'initContainers',
    template: part.logShipper(true),
  },
  {
    prefix: 'init-container',
    name: 'Init container waiting for a Service',
    description: 'An init container that blocks the pod\'s containers until a Service name resolves.',
    context: 'initContainers',
    template: part.WAIT_FOR_SERVICE,
  },
  {
    prefix: 'ambassador-container',
    name: 'Ambassador container (proxy on localhost)',
    description: 'A TCP proxy listening on localhost only and forwarding to a remote service.',
    context: 'containers',
    template: part.AMBASSADOR,
  },
  {
    prefix: 'adapter-container',
    name: 'Metrics adapter container',
    description: "Scrapes the app's status page over localhost and serves Prometheus metrics on its own port.",
    context: 'containers',
    template: part.METRICS_ADAPTER,
  },
];

const prefixed = (kind: string, key: string): string => (key ? `${kind}-${key}` : kind);

export const SNIPPETS: readonly Snippet[] = [
  ...PATTERNS.map((p) => ({
    prefix: prefixed('pod', p.key),
    name: `Pod: ${p.title}`,
    description: p.description,
    context: 'document' as const,
    ...compileTemplate(podTemplate(p)),
  })),
  ...PATTERNS.map((p) => ({
    prefix: prefixed('deployment', p.key),
    name: `Deployment: ${p.title}`,
    description: p.description,
    context: 'document' as const,
    ...compileTemplate(deploymentTemplate(p)),
  })),
  ...CONTAINER_SNIPPETS.map(({ template, ...s }) => ({ ...s, ...compileTemplate(template) })),
];
