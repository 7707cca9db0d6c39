export { getLanguageService } from './languageService';
export type { CodeActionQuery, LanguageServiceOptions, PodlintLanguageService } from './languageService';
export type { ParsedFile } from './model/parsedFile';
export type { DiagnosticData } from './diagnostics';
export { FIX_ALL_KIND } from './fixes/codeActions';
export type { RuleMeta, Severity } from './rules/types';
export type { RuleLevel, Settings } from './settings';
export { RULE_LEVELS } from './settings';
