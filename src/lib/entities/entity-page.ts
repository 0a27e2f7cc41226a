import type { CrossLinks } from "../cross-links.ts";
import { displayTitle } from "../reports/meta.ts";
import type { Report } from "../reports/collection.ts";
import type { EntitySummary } from "./entity-index.ts";
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
  const byReport = Map.groupBy(summary.mentions, (mention) => mention.report);
  return summary.perReport.map(({ slug }) => ({
    slug,
    mentions: (byReport.get(slug) ?? []).map((mention) => ({ block: mention.block, ...mention.snippet })),
  }));
}

/**
 * How many of the reports using a spelling an entity page names; the rest
 * are counted. A name spelt one way in thousands of reports would
 * otherwise fill the page with links.
 */
export const SPELLING_REPORTS_SHOWN = 8;

/** One report's mentions of an entity, with the report's label and title. */
export interface MentionGroup {
  slug: string;
  label: string;
  title: string;
  mentions: MentionSnippet[];
}

/** All an entity page shows beyond its own code and its page of mentions (a type, so that `paginate()` takes it as props). */
export type EntityPageProps = {
  entity: Entity;
  mentions: number;
  reports: number;
  /** Each spelling with the first reports using it, labelled by outlet, and how many more use it. */
  spellings: {
    spelling: string;
    reports: { slug: string; label: string; count: number }[];
    more: number;
  }[];
  companions: EntitySummary["companions"];
};

/**
 * Each entity's page data and its mentions report by report, to be paged.
 * Each page gets only what it shows, so an edit to a report that does not
 * name the entity leaves its pages to be reused.
 */
export function entityPages(
  links: CrossLinks,
  reports: readonly Report[],
): { props: EntityPageProps; groups: MentionGroup[] }[] {
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
        reports: users
          .slice(0, SPELLING_REPORTS_SHOWN)
          .map(({ slug, count }) => ({ slug, label: label(slug), count })),
        more: Math.max(0, users.length - SPELLING_REPORTS_SHOWN),
      })),
      companions: summary.companions,
    };
    const groups = mentionsByReport(summary).map((group) => ({
      ...group,
      label: label(group.slug),
      title: title(group.slug),
    }));
    return { props, groups };
  });
}

/** Shading for a coverage cell: 0 for none, up to 1 for the most-mentioned cell of the table. */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.round((0.15 + 0.85 * Math.sqrt(count / max)) * 100) / 100;
}
