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
import { SchemaRegistry } from './schema/schemaStore';
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
export interface PodlintLanguageService {
  readonly rules: readonly RuleMeta[];
  readonly kubernetesVersions: readonly string[];
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
  const placed = (file: ParsedFile, settings: Settings): PlacedFinding[] =>
    placeFindings(file, schemas.get(settings.kubernetesVersion), settings, docsFile);

  const service: PodlintLanguageService = {
    rules: RULES.map((r) => r.meta),
    kubernetesVersions: schemas.index.versions.map((v) => v.kubernetes),
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
