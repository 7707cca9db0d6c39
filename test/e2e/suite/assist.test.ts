// Hovers and completions come from the editing-assistance work; until the server announces them,
// these checks are reported PENDING with the reason (never passed silently).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, open, podlint, rangeOf } from './helpers';
import { pending } from './pending';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('podlint in VS Code: hovers and completions', () => {
  afterEach(closeAll);

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

  it('completes the fields a container may still have', async function () {
    if (!(await podlint()).serverCapabilities()?.completionProvider) {
      pending(this, 'the podlint server announces no completionProvider yet (editing-assistance issue not merged)');
    }
    const editor = await open('completion-pod.yaml');
    const doc = editor.document;
    const image = rangeOf(doc, 'image: nginx');
    // The empty line under `image:`, indented like the container's other fields.
    const at = new vscode.Position(image.start.line + 1, image.start.character);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const field of ['imagePullPolicy', 'ports', 'volumeMounts']) {
      assert.ok(labels.some((l) => l === field || l.startsWith(`${field}:`)), `"${field}" offered; got ${JSON.stringify(labels.slice(0, 40))}`);
    }
    assert.ok(!labels.some((l) => l === 'image' || l === 'name'), 'fields already present are not offered again');
  });
});
