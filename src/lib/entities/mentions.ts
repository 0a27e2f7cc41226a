import type { Root } from "mdast";
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

/** One report's blocks and mentions, without its slug: what its rendering records. */
export interface ReportIndex {
  blocks: Omit<BlockText, "report">[];
  mentions: Omit<Mention, "report">[];
}

/**
 * The blocks of one parsed report body and every mention in them, on the
 * tree as the copy has it (before the archive links or wraps anything).
 */
export function indexReportTree(root: Root, matcher: EntityMatcher): ReportIndex {
  const index: ReportIndex = { blocks: [], mentions: [] };
  for (const block of bodyBlockNodes(root)) {
    index.blocks.push({ block: block.id, text: toString(block.node) });
    for (const found of blockMentions(block.node, matcher)) {
      const { entity, spelling, start, end } = found;
      index.mentions.push({ block: block.id, entity, spelling, start, end });
    }
  }
  return index;
}

/** Every report's index as one list of mentions and one of blocks, each carrying its report's slug. */
export function mergeIndexes(reports: readonly { slug: string; index: ReportIndex }[]): {
  mentions: Mention[];
  blocks: BlockText[];
} {
  const mentions: Mention[] = [];
  const blocks: BlockText[] = [];
  for (const { slug: report, index } of reports) {
    for (const mention of index.mentions) mentions.push({ report, ...mention });
    for (const block of index.blocks) blocks.push({ report, ...block });
  }
  return { mentions, blocks };
}

/** The texts of a report's top-level paragraphs (`#p-N`), in order. */
export function paragraphTexts(index: ReportIndex): string[] {
  return index.blocks.filter((block) => block.block.startsWith("p-")).map((block) => block.text);
}

/**
 * Every mention in every report, with the blocks' texts, parsing each body.
 * The build reads the same figures from each report's cached rendering
 * (remark-report-index); this is the reference the plugin is tested against.
 */
export function findMentions(
  reports: readonly ReportBody[],
  matcher: EntityMatcher,
): { mentions: Mention[]; blocks: BlockText[] } {
  return mergeIndexes(
    reports.map(({ slug, body }) => ({ slug, index: indexReportTree(parseBody(body), matcher) })),
  );
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
