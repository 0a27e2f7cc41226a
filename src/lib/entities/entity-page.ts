import type { EntitySummary } from "./entity-index.ts";
import { snippet, type BlockText } from "./mentions.ts";

/** One mention as the entity page lists it: the block, and the words around the name. */
export interface MentionSnippet {
  block: string;
  before: string;
  match: string;
  after: string;
}

/** An entity's mentions grouped by report (archive order), each with a snippet. */
export function mentionsByReport(
  summary: EntitySummary,
  blocks: ReadonlyMap<string, BlockText>,
): { slug: string; mentions: MentionSnippet[] }[] {
  return summary.perReport.map(({ slug }) => ({
    slug,
    mentions: summary.mentions
      .filter((mention) => mention.report === slug)
      .map((mention) => {
        const text = blocks.get(`${mention.report}#${mention.block}`)?.text ?? "";
        return { block: mention.block, ...snippet(text, mention.start, mention.end) };
      }),
  }));
}

/** Shading for a coverage cell: 0 for none, up to 1 for the most-mentioned cell of the table. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.round((0.15 + 0.85 * Math.sqrt(count / max)) * 100) / 100;
}
