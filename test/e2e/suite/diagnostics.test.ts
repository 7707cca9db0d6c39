// The seed mistake as a user meets it: examples/sidecar-pod.yaml, a two-container pod whose first
// container declares `ContainerPort: 8080`. Ranges are derived from the file's text, not hard-coded.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, diagnosticsWhen, fromPodlint, open, podlint, rangeOf, show } from './helpers';

describe('podlint in VS Code: diagnostics and the quick fix', () => {
  before(podlint);
  afterEach(closeAll);

  it('underlines the seed mistakes of the sidecar example on the exact key or value', async () => {
    const editor = await open('sidecar-pod.yaml');
    const doc = editor.document;
    const key = rangeOf(doc, 'ContainerPort');
    const diags = await diagnosticsWhen(doc.uri, (ds) => ds.some((d) => d.range.isEqual(key)), `a diagnostic on ContainerPort at ${show(key)}`);
    const onKey = diags.filter((d) => d.range.isEqual(key));
    assert.equal(onKey.length, 1, `one diagnostic on ContainerPort, got ${onKey.map((d) => d.message).join(' | ')}`);
    assert.equal(onKey[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(codeOf(onKey[0]), 'unknown-field');
    assert.match(onKey[0].message, /unknown field "ContainerPort".*did you mean "containerPort"\?/);

    // Enum values are underlined on the value, not the key.
    for (const [value, rule] of [['always', 'unsupported-value'], ['tcp', 'unsupported-value']] as const) {
      const colon = rangeOf(doc, `: ${value}`);
      const range = new vscode.Range(colon.start.translate(0, 2), colon.end);
      assert.ok(diags.some((d) => d.range.isEqual(range) && codeOf(d) === rule), `${rule} on "${value}" at ${show(range)}; got ${diags.map((d) => show(d.range)).join(', ')}`);
    }
  });

  it('offers "Rename ContainerPort to containerPort" as the preferred quick fix and applies it', async () => {
    const editor = await open('sidecar-pod.yaml');
    const doc = editor.document;
    const key = rangeOf(doc, 'ContainerPort');
    await diagnosticsWhen(doc.uri, (ds) => ds.some((d) => d.range.isEqual(key)), 'the ContainerPort diagnostic');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, key, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Rename "ContainerPort" to "containerPort"');
    assert.ok(fix, `quick fix offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true, 'the rename is the preferred fix (the one Ctrl+. / auto-fix applies)');
    assert.ok(fix.edit, 'the fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));

    const line = doc.lineAt(key.start.line).text;
    assert.equal(line.trim(), '- containerPort: 8080    # field names are case-sensitive');
    // The server re-checks the edited text: the diagnostic goes, the other mistakes stay.
    const after = await diagnosticsWhen(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => d.message.includes('"ContainerPort"')), 'the ContainerPort diagnostic to go');
    assert.ok(after.some((d) => codeOf(d) === 'unsupported-value'), 'the other mistakes are still reported');
  });

  it('stays silent on YAML that is not a Kubernetes object', async () => {
    const other = await open('not-kubernetes.yaml');
    // Open a manifest after it: once the server has answered for that one, it has seen both.
    const pod = await open('sidecar-pod.yaml');
    await diagnosticsWhen(pod.document.uri, (ds) => ds.length > 0, 'diagnostics for the pod');
    assert.deepEqual(fromPodlint(other.document.uri).map((d) => d.message), []);
  });
});
