/**
 * What a snippet's linked placeholders must keep true, checked on the expanded manifest: mounts
 * name declared volumes, probes name declared ports, containers sharing a volume mount it at the
 * same path, the sidecar tails a file under its mount, the app talks to the ambassador's port and
 * the adapter scrapes the app's port, a Deployment's selector matches its template. Plus the
 * best-practice rules every snippet follows: pinned images, requests and limits, readiness probes
 * on containers that serve a port.
 */
// The expanded manifests are checked as plain parsed YAML, without types.
type Any = any;

function podSpecOf(obj: Any): { spec: Any; problems: string[] } {
  if (obj.kind === 'Deployment') {
    const selector = obj.spec.selector?.matchLabels ?? {};
    const labels = obj.spec.template?.metadata?.labels ?? {};
    const problems = Object.entries(selector)
      .filter(([k, v]) => labels[k] !== v)
      .map(([k, v]) => `selector ${k}=${v} does not match the template's labels`);
    return { spec: obj.spec.template.spec, problems };
  }
  return { spec: obj.spec, problems: [] };
}

/** `wholePod`: the manifest is the snippet's own, so links between its containers are checked too. */
export function agreementProblems(obj: Any, wholePod: boolean): string[] {
  const { spec, problems } = podSpecOf(obj);
  const containers: Any[] = [...(spec.initContainers ?? []), ...spec.containers];
  const volumes = new Set((spec.volumes ?? []).map((v: Any) => v.name));
  const mountPaths = new Map<string, Set<string>>();
  const allPorts = new Set<number>(containers.flatMap((c) => (c.ports ?? []).map((p: Any) => p.containerPort)));
  const allArgs = containers.flatMap((c) => [...(c.command ?? []), ...(c.args ?? [])].map(String));
  for (const c of containers) {
    const where = `container ${c.name}`;
    for (const m of c.volumeMounts ?? []) {
      if (!volumes.has(m.name)) problems.push(`${where} mounts ${m.name}, which no volume declares`);
      mountPaths.set(m.name, new Set([...(mountPaths.get(m.name) ?? []), m.mountPath]));
    }
    const portNames = (c.ports ?? []).map((p: Any) => p.name);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      const port = c[probe]?.httpGet?.port ?? c[probe]?.tcpSocket?.port;
      if (typeof port === 'string' && !portNames.includes(port)) problems.push(`${where}: ${probe} uses port ${port}, which it does not declare`);
    }
    if (!/^[a-z0-9./-]+:[\w][\w.-]*$/.test(c.image) || c.image.endsWith(':latest')) problems.push(`${where}: image ${c.image} is not pinned`);
    const r = c.resources ?? {};
    if (!r.requests?.cpu || !r.requests?.memory || !r.limits?.cpu || !r.limits?.memory) problems.push(`${where}: no cpu/memory requests and limits`);
    if ((c.ports ?? []).length && !c.readinessProbe) problems.push(`${where} serves a port without a readiness probe`);
    const tail = [...(c.command ?? [])].map(String).find((a) => a.startsWith('tail '));
    if (tail && !(c.volumeMounts ?? []).some((m: Any) => tail.includes(` ${m.mountPath}/`))) problems.push(`${where} tails a file outside its mounts: ${tail}`);
    if (!wholePod) continue;
    for (const e of c.env ?? []) {
      const port = /^localhost:(\d+)$/.exec(String(e.value))?.[1];
      if (port && !allArgs.some((a) => a.startsWith(`TCP-LISTEN:${port},`))) problems.push(`${where}: ${e.name} points at localhost:${port}, where no container listens`);
    }
    for (const a of [...(c.args ?? [])].map(String)) {
      const port = /scrape-uri=http:\/\/localhost:(\d+)/.exec(a)?.[1];
      if (port && !allPorts.has(Number(port))) problems.push(`${where} scrapes localhost:${port}, which no container declares`);
    }
  }
  for (const [volume, paths] of mountPaths) {
    if (paths.size > 1) problems.push(`volume ${volume} is mounted at different paths: ${[...paths].join(', ')}`);
  }
  return problems;
}
