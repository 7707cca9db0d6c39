import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderReadme, renderSnippetFile, SNIPPET_FILE } from '../../scripts/generate-snippets';
import { compileTemplate } from '../../server/src/service/snippets/template';
import { ExpandableSnippet } from '../helpers/snippetExpander';

const root = path.join(__dirname, '..', '..');

describe('snippet templates', () => {
  it('number tab stops by first appearance and link every occurrence of a name', () => {
    const t = compileTemplate('a: {{x:1}}\nb: {{y|p,q}}\nc: {{x}}\nd: {{y}}');
    assert.deepEqual(t.body, ['a: ${1:1}', 'b: ${2|p,q|}', 'c: ${1}', 'd: ${2}']);
    assert.deepEqual(t.tabStops, ['x', 'y']);
    assert.equal(t.text, 'a: 1\nb: p\nc: 1\nd: p');
    assert.equal(new ExpandableSnippet(t.body.join('\n')).expand(new Map([[1, '7'], [2, 'q']])), 'a: 7\nb: q\nc: 7\nd: q');
  });

  it('take the default from any occurrence, and refuse defaults that disagree or are missing', () => {
    assert.deepEqual(compileTemplate('{{x}} {{x:v}}').body, ['${1:v} ${1}']);
    assert.throws(() => compileTemplate('{{x:a}} {{x:b}}'), /defaults disagree/);
    assert.throws(() => compileTemplate('{{x}}'), /no default/);
    assert.throws(() => compileTemplate('{{x|a,$b}}'), /reserved character/);
  });

  it('escape what snippet syntax would read as its own, so YAML text is inserted as written', () => {
    const t = compileTemplate('cmd: echo $HOME \\n ${x} {{v:a}}');
    assert.deepEqual(t.body, ['cmd: echo \\$HOME \\\\n \\${x} ${1:a}']);
    assert.equal(new ExpandableSnippet(t.body.join('\n')).expand(), 'cmd: echo $HOME \\n ${x} a');
  });
});

describe('generated snippet files', () => {
  it('snippets/kubernetes-pods.json and the README table are up to date', () => {
    assert.equal(fs.readFileSync(SNIPPET_FILE, 'utf8'), renderSnippetFile(), 'run "npm run snippets"');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, renderReadme(readme), 'run "npm run snippets"');
  });

  it('the extension contributes them for YAML', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'yaml', path: './snippets/kubernetes-pods.json' }]);
    assert.ok(fs.existsSync(path.join(root, pkg.contributes.snippets[0].path)));
  });
});
