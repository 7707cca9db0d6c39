/**
 * The containers the snippets are assembled from, as templates (see template.ts). A pattern that
 * uses two parts links them through shared placeholder ids: the app's log directory is the
 * directory the sidecar tails, the app's port is the port the adapter scrapes.
 *
 * Every container satisfies podlint's best-practice rules: images pinned to a version tag (never
 * `:latest`), resource requests and limits, and a readiness probe on each container that declares
 * a port. Helpers that only talk to the app over localhost (the ambassador) declare no port.
 */

const SMALL_RESOURCES = `resources:
  requests:
    cpu: 10m
    memory: 16Mi
  limits:
    cpu: 100m
    memory: 64Mi`;

const sub = (block: string): string =>
  block
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');

export interface AppOptions {
  /** Adds a liveness probe on the same named port. */
  readonly liveness?: boolean;
  /** Extra keys of the container (volumeMounts, env), written at column 0. */
  readonly extra?: string;
}

/** The application: a named port, a readiness probe that uses the name, requests and limits. */
export function app(options: AppOptions = {}): string {
  const liveness = options.liveness
    ? `
  livenessProbe:
    httpGet:
      path: {{livePath:/}}
      port: {{portName}}
    periodSeconds: 10
    failureThreshold: 3`
    : '';
  return `- name: {{app:app}}
  image: {{appImage:nginx:1.27.3}}
  ports:
    - name: {{portName:http}}
      containerPort: {{port:80}}
  readinessProbe:
    httpGet:
      path: {{readyPath:/}}
      port: {{portName}}${liveness}
  resources:
    requests:
      cpu: {{cpu:100m}}
      memory: {{memory:128Mi}}
    limits:
      cpu: {{cpuLimit:500m}}
      memory: {{memoryLimit:256Mi}}${options.extra ? `\n${sub(options.extra)}` : ''}`;
}

/** Where the app writes its logs: the shared volume, mounted at the directory the sidecar reads. */
export const APP_LOG_MOUNT = `volumeMounts:
  - name: {{volume:logs}}
    mountPath: {{logDir:/var/log/nginx}}`;

/**
 * The logging sidecar: streams the app's log file from the shared volume to its own stdout, where
 * the node's log agent picks it up (the "streaming sidecar" of the Kubernetes logging docs). As a
 * native sidecar (`restartPolicy: Always` on an init container, Kubernetes 1.29+) it starts
 * before the app and stops after it, so no line is lost at either end.
 */
export function logShipper(native: boolean): string {
  return `- name: {{sidecar:log-shipper}}
  image: {{sidecarImage|busybox:1.37.0,busybox:1.36.1}}${native ? '\n  restartPolicy: Always' : ''}
  command:
    - sh
    - -c
    - tail -n+1 -F {{logDir:/var/log/nginx}}/{{logFile:access.log}}
  volumeMounts:
    - name: {{volume:logs}}
      mountPath: {{logDir:/var/log/nginx}}
      readOnly: true
${sub(SMALL_RESOURCES)}`;
}

/** The volume the app and the log shipper share; bounded, so a chatty app cannot fill the node. */
export const LOG_VOLUME = `- name: {{volume:logs}}
  emptyDir:
    sizeLimit: 500Mi`;

/** An init container that blocks the app until a Service's DNS name resolves. */
export const WAIT_FOR_SERVICE = `- name: {{init:wait-for-db}}
  image: {{initImage|busybox:1.37.0,busybox:1.36.1}}
  command:
    - sh
    - -c
    - until nslookup {{service:db}}; do echo waiting for {{service:db}}; sleep 2; done
${sub(SMALL_RESOURCES)}`;

/** What the app is told to connect to: the ambassador on localhost. */
export const APP_AMBASSADOR_ENV = `env:
  - name: {{addressVar:CACHE_ADDRESS}}
    value: localhost:{{localPort:6379}}`;

/**
 * The ambassador: a TCP proxy listening on the pod's localhost only, forwarding to the real
 * service, so the app connects to `localhost` and the proxy owns discovery, retries or TLS.
 */
export const AMBASSADOR = `- name: {{ambassador:cache-ambassador}}
  image: {{ambassadorImage:alpine/socat:1.8.0.0}}
  args:
    - TCP-LISTEN:{{localPort:6379}},bind=127.0.0.1,fork,reuseaddr
    - TCP:{{upstreamHost:redis.cache.svc.cluster.local}}:{{upstreamPort:6379}}
${sub(SMALL_RESOURCES)}`;

/**
 * The adapter: scrapes the app's own status page over localhost and serves it as Prometheus
 * metrics on a port of its own, with a readiness probe on that port.
 */
export const METRICS_ADAPTER = `- name: {{adapter:metrics-adapter}}
  image: {{adapterImage:nginx/nginx-prometheus-exporter:1.3.0}}
  args:
    - --nginx.scrape-uri=http://localhost:{{port:80}}{{statusPath:/stub_status}}
  ports:
    - name: {{metricsPortName:metrics}}
      containerPort: {{metricsPort:9113}}
  readinessProbe:
    httpGet:
      path: /metrics
      port: {{metricsPortName}}
${sub(SMALL_RESOURCES)}`;
