import type { TextMatch } from "./matcher.ts";

/**
 * Which mentions in a report become links, so that a reader meets each
 * name linked once and a keyboard user is not stopped at every "Iraq":
 *
 * - an entity is linked at its first mention in the report's paragraphs,
 *   and may be linked once more in its captions and embedded posts (the
 *   caller keeps one set of linked entities for each);
 * - the dateline ("BAGHDAD —", the frontmatter's `dateline`) is never a
 *   link: `from` is where the first paragraph's text starts after it;
 * - two links never sit side by side with only white space between them
 *   ("Baghdad Green Zone" would read as one link): the longer name keeps its
 *   link, and the other entity waits for its next mention.
 *
 * Entity pages still list every mention: this only decides the links.
 */
export function mentionsToLink<T extends TextMatch>(
  mentions: readonly T[],
  blockText: string,
  linked: ReadonlySet<string>,
  from = 0,
): T[] {
  const kept: T[] = [];
  for (const mention of mentions) {
    if (mention.start < from || linked.has(mention.entity)) continue;
    if (kept.some((other) => other.entity === mention.entity)) continue;
    const previous = kept.at(-1);
    if (previous && blockText.slice(previous.end, mention.start).trim() === "") {
      if (mention.end - mention.start > previous.end - previous.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

/**
 * Where a block's text begins after the dateline it opens with, or 0: only
 * the copy's own dateline (`BAGHDAD`, followed by a dash or a comma) counts.
 */
export function afterDateline(blockText: string, dateline: string | undefined): number {
  if (!dateline || !blockText.startsWith(dateline)) return 0;
  const rest = /^[\s,:—–-]*/.exec(blockText.slice(dateline.length))?.[0] ?? "";
  return dateline.length + rest.length;
}
