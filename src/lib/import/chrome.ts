/**
 * Page chrome: text that belongs to the web page a copy was taken from, not to
 * the report. Only leading and trailing runs of the copy are considered, so a
 * report paragraph that happens to read "X" in the middle is never removed.
 */

/** Fragments that may stand alone or share a line with each other. */
const CHROME_FRAGMENTS: readonly RegExp[] = [
  /^date \d{4}-\d{2}-\d{2}/,
  /^An error occurred\. Please try again\./,
  /^Read More$/,
  /^Related Posts$/,
  /^X$/,
];

/** A heading that introduces a teaser for another article at the end of a page. */
const TEASER_HEADING = /^(Check Also|Read Also|You May Also Like)$/;
/** How many lines a trailing teaser may span after its heading. */
const TEASER_MAX_LINES = 3;

/**
 * Splits a line into chrome fragments when the whole line is chrome, or
 * returns `undefined` when any part of it is not.
 */
export function chromeFragments(line: string): string[] | undefined {
  const fragments: string[] = [];
  let rest = line.trim();
  while (rest.length > 0) {
    const match = CHROME_FRAGMENTS.map((pattern) => pattern.exec(rest)).find((found) => found !== null);
    if (!match) return undefined;
    fragments.push(match[0]);
    rest = rest.slice(match[0].length).trimStart();
  }
  return fragments.length > 0 ? fragments : undefined;
}

/** Where the report proper starts and ends within the copy's non-empty lines. */
export interface ChromeSplit {
  start: number;
  end: number;
  leading: string[];
  trailing: string[];
}

export function splitChrome(lines: readonly string[]): ChromeSplit {
  const leading: string[] = [];
  let start = 0;
  for (; start < lines.length; start++) {
    const fragments = chromeFragments(lines[start] ?? "");
    if (!fragments) break;
    leading.push(...fragments);
  }

  let end = lines.length;
  const teaserAt = lines.findIndex(
    (line, index) =>
      index >= start && TEASER_HEADING.test(line.trim()) && lines.length - index - 1 <= TEASER_MAX_LINES,
  );
  const trailingTeaser = teaserAt >= 0 ? lines.slice(teaserAt) : [];
  if (teaserAt >= 0) end = teaserAt;

  const trailingFragments: string[][] = [];
  while (end > start) {
    const fragments = chromeFragments(lines[end - 1] ?? "");
    if (!fragments) break;
    trailingFragments.unshift(fragments);
    end--;
  }
  const trailing = [...trailingFragments.flat(), ...trailingTeaser.map((line) => line.trim())];
  return { start, end, leading, trailing };
}
