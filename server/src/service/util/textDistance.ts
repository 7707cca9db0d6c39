/** Optimal-string-alignment distance: edits, where swapping two neighbours counts once (`Doamin` -> `Domain`). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}

export interface Suggestion {
  readonly value: string;
  /** The word differs from the suggestion only in letter case. */
  readonly caseOnly: boolean;
  /** No other candidate is as close: safe to apply without asking. */
  readonly unique: boolean;
  /** Every candidate as close as `value` (itself first): the choices to offer when not unique. */
  readonly ties: readonly string[];
}

/**
 * The candidate the user most likely meant: a case-insensitive match first, else the closest by
 * edit distance within a budget that grows with the word (1 edit up to 4 letters, 2 up to 8, then 3).
 */
export function closestMatch(word: string, candidates: Iterable<string>): Suggestion | undefined {
  const list = [...candidates];
  const lower = word.toLowerCase();
  const byCase = list.filter((c) => c.toLowerCase() === lower && c !== word);
  if (byCase.length) return { value: byCase[0], caseOnly: true, unique: byCase.length === 1, ties: byCase };
  const budget = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let bestDistance = budget + 1;
  let ties: string[] = [];
  for (const c of list) {
    const d = editDistance(lower, c.toLowerCase(), budget);
    if (d > budget) continue;
    if (d < bestDistance) {
      bestDistance = d;
      ties = [c];
    } else if (d === bestDistance) {
      ties.push(c);
    }
  }
  return ties.length ? { value: ties[0], caseOnly: false, unique: ties.length === 1, ties } : undefined;
}
