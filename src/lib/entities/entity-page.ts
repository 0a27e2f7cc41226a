import type { EntitySummary } from "./entity-index.ts";
import type { Mention } from "./mentions.ts";

/** One mention as the entity page lists it: the block, and the words around the name. */
export interface MentionSnippet {
  block: string;
  before: string;
  match: string;
  after: string;
}

/** An entity's mentions grouped by report (archive order), each with its snippet; one pass over the mentions. */
export function mentionsByReport(summary: EntitySummary): { slug: string; mentions: MentionSnippet[] }[] {
  const byReport = new Map<string, Mention[]>();
  for (const mention of summary.mentions) {
    const list = byReport.get(mention.report);
    if (list) list.push(mention);
    else byReport.set(mention.report, [mention]);
  }
  return summary.perReport.map(({ slug }) => ({
    slug,
    mentions: (byReport.get(slug) ?? []).map((mention) => ({ block: mention.block, ...mention.snippet })),
  }));
}

/** Shading for a coverage cell: 0 for none, up to 1 for the most-mentioned cell of the table. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.round((0.15 + 0.85 * Math.sqrt(count / max)) * 100) / 100;
}
