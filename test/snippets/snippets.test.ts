import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { parse } from 'yaml';
import { SNIPPETS, Snippet } from '../../server/src/service/snippets/catalog';
import { diagnose, service } from '../helpers/service';
import { versionAtLeast } from '../../server/src/service/util/kubernetesVersion';
import { ExpandableSnippet, TabStopInfo } from '../helpers/snippetExpander';
import { agreementProblems } from './agreement';

/**
 * A value a user might type instead of the default, different for every tab stop: if two places
 * that must agree were separate tab stops, they would now disagree and the checks below fail.
 */
function alternate(stop: TabStopInfo): string {
  if (stop.choices) return stop.choices[stop.choices.length - 1];
  const number = /^(\d+)([A-Za-z]*)$/.exec(stop.default);
  if (number) return `${Number(number[1]) + stop.index}${number[2]}`;
  if (/^[A-Z][A-Z0-9_]*$/.test(stop.default)) return `${stop.default}_X${stop.index}`;
  return `${stop.default}-x${stop.index}`;
}

interface Variant {
  readonly label: string;
  readonly values: ReadonlyMap<number, string>;
}

function variants(snippet: ExpandableSnippet): Variant[] {
  const stops = snippet.tabStops();
  const out: Variant[] = [
    { label: 'defaults', values: new Map() },
    { label: 'other values', values: new Map(stops.map((s) => [s.index, alternate(s)])) },
  ];
  for (const s of stops) for (const choice of s.choices?.slice(1) ?? []) out.push({ label: `choice $${s.index}=${choice}`, values: new Map([[s.index, choice]]) });
  return out;
}

const CONTAINER_HOST = (initList: boolean, volumes: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: host',
    'spec:',
    ...(initList ? ['  initContainers:', '    '] : []),
    '  containers:',
    '    - name: main',
    '      image: busybox:1.37.0',
    '      command: [sleep, infinity]',
    '      resources:',
    '        requests: {cpu: 10m, memory: 16Mi}',
    '        limits: {cpu: 100m, memory: 64Mi}',
    ...(initList ? [] : ['    ']),
    ...(volumes.length ? ['  volumes:', ...volumes.map((v) => `    - name: ${v}\n      emptyDir: {}`)] : []),
    '',
  ].join('\n');

function apply(text: string, edit: TextEdit): string {
  return TextDocument.applyEdits(TextDocument.create('file:///s.yaml', 'yaml', 1, text), [edit]);
}

/** Inserts a container snippet the way the server offers it: completion at the empty list line. */
function insertContainer(s: Snippet, values: ReadonlyMap<number, string>): string {
  const standalone = parse(new ExpandableSnippet(s.body.join('\n')).expand(values)) as { volumeMounts?: { name: string }[] }[];
  const host = CONTAINER_HOST(s.context === 'initContainers', (standalone[0].volumeMounts ?? []).map((m) => m.name));
  const line = host.split('\n').indexOf('    ');
  const items = service.complete(service.parse(host), { line, character: 4 });
  const item = items.find((i: CompletionItem) => i.label === s.prefix);
  assert.ok(item, `${s.prefix} is offered in ${s.context} (offered: ${items.map((i) => i.label).join(', ')})`);
  const edit = item.textEdit as TextEdit;
  return apply(host, { range: edit.range, newText: new ExpandableSnippet(edit.newText).expand(values) });
}

describe('snippet catalog', () => {
  it('has unique prefixes and names, and covers every pattern as a Pod and a Deployment', () => {
    const prefixes = SNIPPETS.map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.equal(new Set(SNIPPETS.map((s) => s.name)).size, SNIPPETS.length);
    for (const key of ['', '-sidecar', '-native-sidecar', '-init-container', '-ambassador', '-adapter']) {
      assert.ok(prefixes.includes(`pod${key}`) && prefixes.includes(`deployment${key}`), `pod${key} and deployment${key}`);
    }
    for (const p of ['container', 'sidecar-container', 'native-sidecar', 'init-container']) assert.ok(prefixes.includes(p), p);
  });

  for (const s of SNIPPETS) {
    describe(s.prefix, () => {
      const snippet = new ExpandableSnippet(s.body.join('\n'));

      it('numbers its tab stops 1..n, each with a default, and expands to the text the server documents', () => {
        const stops = snippet.tabStops();
        assert.deepEqual(stops.map((t) => t.index), stops.map((_, i) => i + 1));
        for (const t of stops) assert.notEqual(t.default, '', `tab stop ${t.index} has a default`);
        assert.equal(stops.length, s.tabStops.length);
        assert.equal(snippet.expand(), s.text);
      });

      it('never uses :latest or an untagged image, in any choice', () => {
        for (const m of s.body.join('\n').matchAll(/image: (.*)/g)) {
          const options = new ExpandableSnippet(m[1]).tabStops().flatMap((t) => t.choices ?? [t.default]);
          for (const image of options.length ? options : [m[1]]) assert.match(image, /^[a-z0-9./-]+:(?!latest$)[\w][\w.-]*$/, image);
        }
      });

      it('validates clean, with its defaults, against every bundled Kubernetes version', () => {
        const text = s.context === 'document' ? snippet.expand() : insertContainer(s, new Map());
        // Native sidecars need 1.29 (SidecarContainers on by default): before, that gate is all that is reported.
        const native = /restartPolicy: Always/.test(text);
        for (const kubernetesVersion of service.kubernetesVersions) {
          const found = diagnose(text, { kubernetesVersion }).map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
          if (native && !versionAtLeast(kubernetesVersion, '1.29')) {
            assert.ok(found.length > 0, kubernetesVersion);
            for (const f of found) assert.match(f, /^\d+: unknown-field "restartPolicy" in an init container requires Kubernetes 1\.29 or later/);
          } else assert.deepEqual(found, [], kubernetesVersion);
        }
      });

      for (const v of variants(snippet)) {
        it(`expanded with ${v.label}: no diagnostics, and the names that must agree do`, () => {
          const text = s.context === 'document' ? snippet.expand(v.values) : insertContainer(s, v.values);
          const ds = diagnose(text);
          assert.deepEqual(ds.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), [], text);
          assert.deepEqual(agreementProblems(parse(text), s.context === 'document'), [], text);
          for (const value of v.values.values()) assert.ok(text.includes(value), `${value} is inserted`);
        });
      }
    });
  }
});
