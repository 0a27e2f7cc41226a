import type { CrossLinks } from "../cross-links.ts";
import { pageCacheKey } from "../page-cache-key.ts";
import { displayTitle } from "../report-meta.ts";
import type { Report } from "../reports.ts";
import type { EntitySummary } from "./entity-index.ts";
import type { Mention } from "./mentions.ts";
import type { Entity } from "./schema.ts";

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

/** All an entity page shows beyond its own code: its cache key is a digest of these. */
export interface EntityPageProps {
  entity: Entity;
  mentions: number;
  reports: number;
  /** Each spelling with the reports using it, labelled by outlet. */
  spellings: { spelling: string; reports: { slug: string; label: string; count: number }[] }[];
  /** The mentions, report by report, each report with its label and title. */
  byReport: { slug: string; label: string; title: string; mentions: MentionSnippet[] }[];
  companions: EntitySummary["companions"];
}

/**
 * One path per entity, each with only what its page shows, so an edit to a
 * report that does not name the entity leaves the page to be reused.
 */
export function entityPaths(links: CrossLinks, reports: readonly Report[]) {
  const bySlug = new Map(reports.map((report) => [report.slug, report]));
  const label = (slug: string) => links.labels.get(slug) ?? slug;
  const title = (slug: string) => {
    const data = bySlug.get(slug)?.entry.data;
    return data ? displayTitle(data.title, data.titleSource) : slug;
  };
  return links.entities.map((entity) => {
    const summary = links.summaries.get(entity.id);
    if (!summary) throw new Error(`entity "${entity.id}" has no summary in the cross-links`);
    const props: EntityPageProps = {
      entity,
      mentions: summary.mentions.length,
      reports: summary.perReport.length,
      spellings: summary.spellings.map(({ spelling, reports: users }) => ({
        spelling,
        reports: users.map(({ slug, count }) => ({ slug, label: label(slug), count })),
      })),
      byReport: mentionsByReport(summary).map((group) => ({
        ...group,
        label: label(group.slug),
        title: title(group.slug),
      })),
      companions: summary.companions,
    };
    return { params: { id: entity.id }, props, cacheKey: pageCacheKey(props) };
  });
}

/** Shading for a coverage cell: 0 for none, up to 1 for the most-mentioned cell of the table. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.round((0.15 + 0.85 * Math.sqrt(count / max)) * 100) / 100;
}
