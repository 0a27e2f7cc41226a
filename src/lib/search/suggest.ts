/**
 * "Did you mean …": for a query that finds little, the known words nearest
 * to each of its words, by edit distance (a letter added, dropped, changed
 * or two swapped): "Kadimi" → "Kadhimi", "Sadir" → "Sadr", "Hizbollah" →
 * "Hezbollah". Runs in the browser over the list vocabulary.ts builds.
 */

/** The largest edit distance suggested. */
export const MAX_DISTANCE = 2;
/** Words this short get at most one edit: two would make "drone" of "dome". */
const SHORT_WORD = 5;

/**
 * Optimal string alignment distance, giving up (returning limit + 1) as
 * soon as the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = MAX_DISTANCE): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The words of a query, as typed. */
export function queryWords(query: string): string[] {
  return query.match(/\p{L}+/gu) ?? [];
}

/**
 * Queries to suggest instead of `query`: each word that is not a known
 * word replaced by the nearest known ones (nearest first, then the more
 * frequent: `words` is ordered most frequent first), at most `limit`.
 */
export function suggestQueries(query: string, words: readonly string[], limit = 3): string[] {
  const known = new Set(words.map((word) => word.toLocaleLowerCase("en")));
  const suggestions: string[] = [];
  for (const typed of queryWords(query)) {
    const lower = typed.toLocaleLowerCase("en");
    if (known.has(lower)) continue;
    const allowed = lower.length < SHORT_WORD ? 1 : MAX_DISTANCE;
    const near: { word: string; distance: number; rank: number }[] = [];
    words.forEach((word, rank) => {
      const distance = editDistance(lower, word.toLocaleLowerCase("en"), allowed);
      if (distance <= allowed) near.push({ word, distance, rank });
    });
    near.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
    // Only the nearest: "Sadr" for "Sadir", not also "air" two edits away.
    const nearest = near[0]?.distance;
    for (const { word } of near.filter((candidate) => candidate.distance === nearest)) {
      const replaced = query.replace(typed, word);
      if (!suggestions.includes(replaced)) suggestions.push(replaced);
      if (suggestions.length >= limit) return suggestions;
    }
  }
  return suggestions;
}
