import assert from 'node:assert/strict';
import fc from 'fast-check';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import type { CodeAction, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../helpers/lspClient';
import { service } from '../helpers/service';
import { corpusTexts, edits, FIXTURES, mutate, SCALE, SEED } from './inputs';
import { assertRangesInside } from './limits';

/** The running server over stdio: random documents and edits, and hundreds of edits and cancellations. */
let client: LspClient;
/** The text of every version sent, to check what the server publishes for it. */
const sent = new Map<string, Map<number, string>>();
let checkedPublications = 0;

function record(uri: string, version: number, text: string): void {
  if (!sent.has(uri)) sent.set(uri, new Map());
  sent.get(uri)!.set(version, text);
}

function checkPublication(p: PublishDiagnosticsParams): void {
  assert.equal(typeof p.uri, 'string');
  assert.ok(Array.isArray(p.diagnostics));
  if (p.version === undefined) return; // a close clears the diagnostics without a version
  const text = sent.get(p.uri)?.get(p.version);
  assert.ok(text !== undefined, `diagnostics for a version never sent: ${p.uri} v${p.version}`);
  for (const d of p.diagnostics) {
    assert.equal(typeof d.message, 'string');
    assert.equal(d.source, 'podlint');
    assert.ok([1, 2, 3, 4].includes(d.severity!), `severity ${d.severity}`);
  }
  assertRangesInside(text, p.diagnostics);
  checkedPublications++;
}

function wellFormedActions(result: unknown): CodeAction[] {
  assert.ok(Array.isArray(result), `code actions: ${JSON.stringify(result)}`);
  for (const a of result as CodeAction[]) {
    assert.equal(typeof a.title, 'string');
    assert.equal(typeof a.kind, 'string');
  }
  return result as CodeAction[];
}

describe('the language server under random and rapid input', () => {
  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(async () => {
    // The client keeps every publication; each is checked against the text of its version.
    client.history.forEach(checkPublication);
    assert.equal(await client.stop(), 0, `server stderr: ${client.stderr.join('')}`);
    process.stdout.write(`# fuzz (LSP): ${sent.size} documents, ${[...sent.values()].reduce((n, m) => n + m.size, 0)} versions, ${checkedPublications} publications checked\n`);
  });

  it('random documents: every publication well-formed and inside its version, every code action well-formed', async () => {
    const inputs = [...FIXTURES, ...corpusTexts(10)];
    const cases = fc.sample(fc.tuple(fc.constantFrom(...inputs), edits, edits), { seed: SEED, numRuns: Number(process.env.LSPN ?? 60) * SCALE });
    let n = 0;
    for (const [base, first, second] of cases) {
      const uri = `file:///fuzz/${n++}.yaml`;
      const v1 = mutate(base, first);
      record(uri, 1, v1);
      await client.open(uri, v1, 1);
      const ds = await client.diagnostics(uri, (p) => p.version === 1);
      // A full-text change, then the quick fixes for what was reported.
      const v2 = mutate(v1, second);
      record(uri, 2, v2);
      await client.change(uri, 2, [{ text: v2 }]);
      const published = await client.diagnostics(uri, (p) => p.version === 2);
      const doc = TextDocument.create(uri, 'yaml', 2, v2);
      const actions = wellFormedActions(
        await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: doc.positionAt(v2.length) },
          context: { diagnostics: [...published, ...ds] },
        }),
      );
      for (const a of actions) assertRangesInside(v2, a.edit?.changes?.[uri] ?? [], `edit of "${a.title}"`);
      await client.close(uri);
    }
  });

  it('hundreds of rapid incremental edits and cancellations: the last publication is for the last version', async () => {
    const uri = 'file:///load/pod.yaml';
    let doc = TextDocument.create(uri, 'yaml', 1, FIXTURES[0]);
    record(uri, 1, doc.getText());
    await client.open(uri, doc.getText(), 1);
    const pending: Promise<unknown>[] = [];
    const random = fc.sample(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('x', ':', ' ', '- ', '\n', '#', '[', '"', '')), { seed: SEED, numRuns: 400 });
    for (let i = 0; i < random.length; i++) {
      const [at, removed, inserted] = random[i];
      const text = doc.getText();
      const start = at % (text.length + 1);
      const change: TextDocumentContentChangeEvent = {
        range: { start: doc.positionAt(start), end: doc.positionAt(Math.min(text.length, start + removed)) },
        text: inserted,
      };
      doc = TextDocument.update(doc, [change], doc.version + 1);
      record(uri, doc.version, doc.getText());
      // Not awaited: the changes arrive as fast as the pipe carries them.
      void client.change(uri, doc.version, [change]);
      if (i % 4 === 0) {
        const source = new CancellationTokenSource();
        pending.push(
          client.connection
            .sendRequest('textDocument/codeAction', { textDocument: { uri }, range: change.range, context: { diagnostics: [] } }, source.token)
            .then(wellFormedActions, (e: { code?: number }) => assert.equal(e.code, -32800, `not a cancellation: ${JSON.stringify(e)}`)),
        );
        if (i % 8 === 0) source.cancel(); // sends $/cancelRequest
      }
    }
    await Promise.all(pending);
    const last = doc.version;
    const final = await client.diagnostics(uri, (p) => p.version === last);
    // A request answered after the last publication proves nothing older is still on its way.
    wellFormedActions(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }));
    const versions = client.history.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published versions out of order: ${versions.join(',')}`);
    assert.equal(versions.at(-1), last);
    const expected = service.validate(service.parse(doc.getText()));
    assert.deepEqual(
      final.map((d) => [d.code, d.range, d.message]),
      expected.map((d) => [d.code, d.range, d.message]),
    );
    assert.ok(versions.length < last, `${versions.length} publications for ${last} versions: bursts are validated once`);
  });
});
