import { toString } from "mdast-util-to-string";
import { bodyBlockNodes, parseBody } from "../report-text.ts";
import { blockMentions, type EntityMatcher } from "./matcher.ts";

/** A report's slug and Markdown body: all the indexes need. */
export interface ReportBody {
  slug: string;
  body: string;
}

/** One mention of an entity: where, and under which spelling. */
export interface Mention {
  report: string;
  /** Fragment id of the block: `p-N` or `fig-N`. */
  block: string;
  entity: string;
  spelling: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
}

/** A block's plain text, for snippets and quote and claim checks. */
export interface BlockText {
  report: string;
  block: string;
  text: string;
}

/**
 * Every mention in every report, with the blocks' texts. One pass over the
 * text with one regular expression: the cost grows with the text, not with
 * the number of entities times reports.
 */
export function findMentions(
  reports: readonly ReportBody[],
  matcher: EntityMatcher,
): { mentions: Mention[]; blocks: BlockText[] } {
  const mentions: Mention[] = [];
  const blocks: BlockText[] = [];
  for (const report of reports) {
    for (const block of bodyBlockNodes(parseBody(report.body))) {
      blocks.push({ report: report.slug, block: block.id, text: toString(block.node) });
      for (const found of blockMentions(block.node, matcher)) {
        mentions.push({
          report: report.slug,
          block: block.id,
          entity: found.entity,
          spelling: found.spelling,
          start: found.start,
          end: found.end,
        });
      }
    }
  }
  return { mentions, blocks };
}

/** Up to `radius` characters either side of a match, cut at word boundaries. */
export function snippet(
  text: string,
  start: number,
  end: number,
  radius = 70,
): { before: string; match: string; after: string } {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > end ? text.lastIndexOf(" ", to) : to;
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}
