/**
 * The spellings of the people and groups a page names, as the page's
 * `names` search meta carries them: one group per entity, its spellings
 * joined by ", ", the groups by "; ". Pagefind indexes the words and
 * ignores the punctuation; the highlight script reads the groups back to
 * mark the page's own spelling of a name the reader typed another way.
 */
/** The search meta that carries them, as `data-pagefind-meta="names:…"`. */
export const NAMES_META = "names";

const SPELLING_SEPARATOR = ", ";
const GROUP_SEPARATOR = "; ";

/** Shorter query words ("al", "US") would match the particles of many names. */
const MIN_WORD_LENGTH = 3;

export function formatNameGroups(groups: readonly (readonly string[])[]): string {
  return groups.map((group) => group.join(SPELLING_SEPARATOR)).join(GROUP_SEPARATOR);
}

export function parseNameGroups(names: string): string[][] {
  return names
    .split(GROUP_SEPARATOR)
    .map((group) => group.split(SPELLING_SEPARATOR).filter((spelling) => spelling.trim() !== ""))
    .filter((group) => group.length > 0);
}

function words(text: string): string[] {
  return text
    .toLocaleLowerCase("en")
    .split(/[\s\-‐–—"“”]+/u)
    .filter((word) => word.length >= MIN_WORD_LENGTH);
}

/**
 * Every spelling of each name a query word belongs to: "Saleh" on a page
 * that says "Barham Salih" gives ["Barham Salih", "Barham Saleh", …], so the
 * page marks its own spelling. Whole words only, case-insensitive.
 */
export function otherSpellings(queries: readonly string[], groups: readonly (readonly string[])[]): string[] {
  const typed = new Set(queries.flatMap(words));
  if (typed.size === 0) return [];
  const found = new Set<string>();
  for (const group of groups) {
    if (group.some((spelling) => words(spelling).some((word) => typed.has(word)))) {
      for (const spelling of group) found.add(spelling);
    }
  }
  return [...found];
}
