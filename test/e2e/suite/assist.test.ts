// Completions and hovers as VS Code asks for them. The server's container snippets (snippets
// issue) are checked whenever it announces completion; schema field completions and hovers come
// with the editing-assistance issue and are reported PENDING, with the reason, until it lands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhen, open, podlint, rangeOf } from './helpers';
import { pending } from './pending';

const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const complete = async (uri: vscode.Uri, at: vscode.Position) =>
  (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at)).items;
const isError = (d: vscode.Diagnostic) => d.severity === vscode.DiagnosticSeverity.Error;

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('podlint in VS Code: completions and hovers', () => {
  afterEach(closeAll);

  it('completes a logging sidecar container inside containers:, at its indentation, and the pod stays valid', async function () {
    if (!(await podlint()).serverCapabilities()?.completionProvider) {
      pending(this, 'the podlint server announces no completionProvider yet');
    }
    const editor = await open('completion-pod.yaml');
    const doc = editor.document;
    const volumes = rangeOf(doc, '  volumes:').start.line;
    // What a user types on a new line in the containers list: "    side".
    await editor.edit((b) => b.insert(new vscode.Position(volumes, 0), '    side\n'));
    await diagnosticsWhen(doc.uri, (ds) => ds.some(isError), 'the half-typed line reported');
    const items = await complete(doc.uri, new vscode.Position(volumes, 8));
    const item = items.find((i) => label(i) === 'sidecar-container');
    assert.ok(item, `sidecar-container offered; got ${JSON.stringify(items.map(label).slice(0, 30))}`);
    assert.equal(item.kind, vscode.CompletionItemKind.Snippet);
    assert.ok(item.insertText instanceof vscode.SnippetString, 'inserted as a snippet (tab stops)');
    const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
    await editor.insertSnippet(item.insertText, range);
    await vscode.commands.executeCommand('leaveSnippet');
    const inserted = doc.lineAt(volumes).text;
    assert.match(inserted, /^ {4}- name: \S+/, `the item starts at the containers' indentation: ${JSON.stringify(inserted)}`);
    await diagnosticsWhen(doc.uri, (ds) => !ds.some((d) => d.severity <= vscode.DiagnosticSeverity.Warning), `no errors or warnings after the sidecar:\n${doc.getText()}\n`);
  });

  it('completes the fields a container may still have', async function () {
    const caps = (await podlint()).serverCapabilities();
    const editor = await open('completion-pod.yaml');
    const doc = editor.document;
    const image = rangeOf(doc, 'image: nginx');
    // The empty line under `image:`, indented like the container's other fields.
    const items = await complete(doc.uri, new vscode.Position(image.start.line + 1, image.start.character));
    const fields = items.filter((i) => i.kind === vscode.CompletionItemKind.Field || i.kind === vscode.CompletionItemKind.Property);
    if (!caps?.hoverProvider && fields.length === 0) {
      pending(this, 'podlint offers no field completions yet and announces no hoverProvider (editing-assistance issue not merged)');
    }
    const labels = items.map(label);
    for (const field of ['imagePullPolicy', 'ports', 'volumeMounts']) {
      assert.ok(labels.some((l) => l === field || l.startsWith(`${field}:`)), `"${field}" offered; got ${JSON.stringify(labels.slice(0, 40))}`);
    }
    assert.ok(!labels.some((l) => l === 'image' || l === 'name'), 'fields already present are not offered again');
  });

  it('answers a hover on a container field with its Kubernetes documentation', async function () {
    if (!(await podlint()).serverCapabilities()?.hoverProvider) {
      pending(this, 'the podlint server announces no hoverProvider yet (editing-assistance issue not merged)');
    }
    const editor = await open('sidecar-pod.yaml');
    const at = rangeOf(editor.document, 'image').start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const text = hoverText(hovers);
    // The schema's description of Container.image (generated from the Kubernetes API).
    assert.match(text, /Container image name/, `hover text: ${JSON.stringify(text)}`);
  });
});
