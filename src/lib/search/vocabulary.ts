/**
 * The words search can suggest when a query finds little ("Did you mean
 * Kadhimi?"): every word of the indexed text and every recorded spelling,
 * most frequent first, each in the form the text uses most. Pagefind
 * exposes no vocabulary, so the build writes this list beside the search
 * page; the page loads it only when a suggestion is needed.
 */

/** Shorter words are particles ("al", "of") or too close to everything to suggest. */
export const MIN_SUGGESTED_LENGTH = 3;

/** Letters, with an apostrophe or hyphen inside a word keeping it whole ("Ahl", "al-Haq" → "al", "Haq"). */
const WORD = /\p{L}+/gu;

const capitals = (word: string) => word.replace(/\P{Lu}/gu, "").length;

export class Vocabulary {
  readonly #counts = new Map<string, Map<string, number>>();

  /** Counts the words of a text, each under its lower-case form. */
  add(text: string, times = 1): this {
    for (const [word] of text.matchAll(WORD)) {
      if (word.length < MIN_SUGGESTED_LENGTH) continue;
      const key = word.toLocaleLowerCase("en");
      const forms = this.#counts.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + times);
      this.#counts.set(key, forms);
    }
    return this;
  }

  /** Each word once, in its most frequent form, most frequent word first (ties alphabetical). */
  words(): string[] {
    const entries = [...this.#counts.entries()].map(([key, forms]) => {
      let best = "";
      let bestCount = -1;
      let total = 0;
      for (const [form, count] of forms) {
        total += count;
        // A tie is most often a word that also opens a sentence: the lower-case form wins.
        if (count > bestCount || (count === bestCount && capitals(form) < capitals(best))) {
          [best, bestCount] = [form, count];
        }
      }
      return { key, best, total };
    });
    entries.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return entries.map((entry) => entry.best);
  }
}
