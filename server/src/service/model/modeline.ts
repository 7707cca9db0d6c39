import type { Range } from 'vscode-languageserver-types';

/** A `# podlint: kubernetes=1.29` comment among the leading comments of a file. */
export interface Modeline {
  /** The version as written (not necessarily a supported one). */
  readonly kubernetes: string;
  /** Where the value is, in file coordinates, for diagnostics. */
  readonly range: Range;
}

const DIRECTIVE = /^(\s*#\s*podlint:)(.*)$/;
const KUBERNETES = /(^|[\s,;])kubernetes\s*=\s*([^\s,;]*)/;

/**
 * Reads the first `kubernetes=` setting from the `# podlint:` comments that open the file: the
 * lines before its first content (blank lines, comments, `%` directives and `---` may come first).
 * Later comments are ignored, so a comment inside a manifest never changes how the file is checked.
 */
export function readModeline(text: string): Modeline | undefined {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let line = 0; offset <= text.length; line++) {
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(offset, end).replace(/\r$/, '');
    const t = raw.trim();
    if (t !== '' && !t.startsWith('#') && !t.startsWith('%') && t !== '---') return undefined;
    const directive = DIRECTIVE.exec(raw);
    const setting = directive ? KUBERNETES.exec(directive[2]) : null;
    if (directive && setting) {
      // Columns count from after a byte-order mark, as editors show the line.
      const character = directive[1].length + setting.index + setting[0].length - setting[2].length;
      return {
        kubernetes: setting[2],
        range: { start: { line, character }, end: { line, character: character + setting[2].length } },
      };
    }
    if (nl === -1) return undefined;
    offset = nl + 1;
  }
  return undefined;
}
