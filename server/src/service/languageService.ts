import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, Hover, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { complete } from './assist/complete';
import { hover } from './assist/hover';
import { CodeActionKind } from 'vscode-languageserver-types';
import { defaultDocsFile, placeFindings, PlacedFinding } from './diagnostics';
import { FIX_ALL_KIND, quickFixes, safeFixEdits } from './fixes/codeActions';
import { ParsedFile, parseFile } from './model/parsedFile';
import { RULE_META, RULES } from './rules/registry';
import type { RuleMeta } from './rules/types';
import { SchemaRegistry, unsupportedVersionMessage } from './schema/schemaStore';
import type { Settings } from './settings';

export interface LanguageServiceOptions {
  /** Folder of generated schemas; found beside the package by default. */
  readonly schemasDir?: string;
  /** The rule documentation that diagnostics link to; `docs/rules.md` of the package by default. */
  readonly docsFile?: string;
}

export interface CodeActionQuery {
  readonly uri: string;
  readonly range: Range;
  readonly diagnostics: readonly Diagnostic[];
  /** Requested kinds (LSP `context.only`); all kinds when absent. */
  readonly only?: readonly string[];
}

/**
 * podlint's language features over text: no LSP connection, no I/O beyond reading its own schemas.
 * Callers parse once per document version with `parse` and pass the result to every feature.
 */
/** Which Kubernetes version a file is checked against, and what decided it. */
export interface KubernetesVersionChoice {
  readonly version: string;
  /** `comment`: a `# podlint: kubernetes=` comment in the file; `settings`: the settings passed in
   *  (the adapter knows which layer set them); `default`: the newest bundled version. */
  readonly from: 'comment' | 'settings' | 'default';
}

export interface PodlintLanguageService {
  readonly rules: readonly RuleMeta[];
  /** Every bundled Kubernetes version, oldest first. */
  readonly kubernetesVersions: readonly string[];
  /** The version used when nothing else says: the newest. */
  readonly defaultKubernetesVersion: string;
  /** The version a file is checked against: its version comment, else the settings, else the default.
   *  Throws for an unsupported `settings.kubernetesVersion` (adapters check it first). */
  kubernetesVersionFor(file: ParsedFile, settings?: Settings): KubernetesVersionChoice;
  /** Parses a text; pass the previous parse of the same document to reuse its unchanged YAML documents. */
  parse(text: string, previous?: ParsedFile): ParsedFile;
  validate(file: ParsedFile, settings?: Settings): Diagnostic[];
  codeActions(file: ParsedFile, query: CodeActionQuery, settings?: Settings): CodeAction[];
  /** The safe fixes of the whole file as non-overlapping edits (one pass). */
  fixAllEdits(file: ParsedFile, settings?: Settings): TextEdit[];
  /** Completion items at a position (file coordinates): keys, values and references valid there
   *  (also in YAML still being typed) and the snippets that fit. With the typed `triggerCharacter`,
   *  only where that character calls for a list. */
  complete(file: ParsedFile, position: Position, settings?: Settings, triggerCharacter?: string): CompletionItem[];
  /** The field's type, description and API reference link; the rule docs of diagnostics there. */
  hover(file: ParsedFile, position: Position, settings?: Settings): Hover | null;
  /** Applies safe fixes until the text stops changing; returns the final text and the passes made. */
  fixAll(text: string, settings?: Settings): { text: string; passes: number };
}

const MAX_FIX_PASSES = 10;

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function getLanguageService(options: LanguageServiceOptions = {}): PodlintLanguageService {
  const schemas = new SchemaRegistry(options.schemasDir);
  const docsFile = options.docsFile ?? defaultDocsFile(schemas.dir);
  const versions = schemas.versions;
  const versionFor = (file: ParsedFile, settings: Settings): KubernetesVersionChoice => {
    const comment = file.modeline?.kubernetes;
    if (comment !== undefined && schemas.has(comment)) return { version: comment, from: 'comment' };
    if (settings.kubernetesVersion !== undefined) {
      if (!schemas.has(settings.kubernetesVersion)) throw new Error(unsupportedVersionMessage(settings.kubernetesVersion, versions));
      return { version: settings.kubernetesVersion, from: 'settings' };
    }
    return { version: schemas.defaultVersion, from: 'default' };
  };
  // Every feature that reads the schema (diagnostics, completions, hovers) takes it from here, so
  // the file's version comment applies to all of them.
  const schemaFor = (file: ParsedFile, settings: Settings) => schemas.get(versionFor(file, settings).version);
  const placed = (file: ParsedFile, settings: Settings): PlacedFinding[] => placeFindings(file, schemaFor(file, settings), settings, docsFile, versions);

  const service: PodlintLanguageService = {
    rules: RULES.map((r) => r.meta),
    kubernetesVersions: versions,
    defaultKubernetesVersion: schemas.defaultVersion,
    kubernetesVersionFor: (file, settings = {}) => versionFor(file, settings),
    parse: (text, previous) => parseFile(text, previous),
    validate: (file, settings = {}) => placed(file, settings).map((p) => p.diagnostic),
    codeActions(file, query, settings = {}) {
      const all = placed(file, settings);
      const actions: CodeAction[] = [];
      if (wants(query.only, CodeActionKind.QuickFix)) actions.push(...quickFixes(query.uri, all, query.diagnostics));
      if (wants(query.only, FIX_ALL_KIND)) {
        const edits = safeFixEdits(all);
        if (edits.length) {
          actions.push({ title: 'Fix all auto-fixable podlint problems', kind: FIX_ALL_KIND, edit: { changes: { [query.uri]: edits } } });
        }
      }
      return actions;
    },
    complete: (file, position, settings = {}, trigger) => complete(file, position, schemas.get(settings.kubernetesVersion), trigger),
    hover: (file, position, settings = {}) =>
      hover(file, position, schemas.get(settings.kubernetesVersion), service.validate(file, settings), RULE_META),
    fixAllEdits: (file, settings = {}) => safeFixEdits(placed(file, settings)),
    fixAll(text, settings = {}) {
      let current = text;
      let file = parseFile(current);
      let passes = 0;
      for (; passes < MAX_FIX_PASSES; passes++) {
        const edits = safeFixEdits(placed(file, settings));
        if (!edits.length) break;
        const next = TextDocument.applyEdits(TextDocument.create('podlint:fix', 'yaml', 0, current), edits);
        if (next === current) break;
        current = next;
        file = parseFile(current, file);
      }
      return { text: current, passes };
    },
  };
  return service;
}
