import { replaceScalar } from '../fixes/edits';
import type { ParsedDocument } from '../model/parsedDocument';
import type { Path } from '../model/path';
import type { Fix } from './types';

/**
 * `Change to "value"`: the quick fix most rules offer, replacing the scalar at `path` (quoting
 * kept). Preferred when it is the one fix meant; safe (applied by fix-all and --fix) only when
 * the rule is sure no meaning changes, e.g. a difference of case alone.
 */
export function changeValue(doc: ParsedDocument, path: Path, value: string, how: { preferred?: boolean; safe?: boolean } = {}): Fix[] {
  const edit = replaceScalar(doc, path, value);
  return edit ? [{ title: `Change to ${JSON.stringify(value)}`, edits: [edit], isPreferred: how.preferred, safe: how.safe }] : [];
}
