import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * Decoding a file's bytes for the CLI. Node replaces bytes that are not UTF-8 with U+FFFD without a
 * word, so a Latin-1 comment would be checked as something else and, worse, `--fix` would write the
 * replacement characters back over the user's bytes. kubectl refuses such files too.
 */
export interface DecodedFile {
  readonly text: string;
  readonly bytes: Buffer;
  /** Set when the bytes are not valid UTF-8: `text` is then lossy and must never be written back. */
  readonly invalid?: Diagnostic;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || (need > 0 && i + need >= bytes.length)) return i; // not a lead byte, or cut short
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeFile(bytes: Buffer): DecodedFile {
  const bad = firstInvalidUtf8(bytes);
  const text = bytes.toString('utf8');
  if (bad === -1) return { text, bytes };
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  let line = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < lineStart; i = bytes.indexOf(0x0a, i + 1)) line++;
  const character = bytes.subarray(lineStart, bad).toString('utf8').length;
  const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
  return {
    text,
    bytes,
    invalid: {
      range: { start: { line, character }, end: { line, character: character + 1 } },
      severity: 1,
      code: 'yaml-syntax',
      source: 'podlint',
      message: `the file is not valid UTF-8 (byte 0x${hex}); kubectl cannot read it ("yaml: invalid leading UTF-8 octet"): save it as UTF-8`,
      data: { path: '', fixable: false },
    },
  };
}
