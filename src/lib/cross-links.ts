import { getCollection } from "astro:content";
import { claimProblems, CLAIMS_FILE } from "./claims/validate.ts";
import type { Claim } from "./claims/schema.ts";
import { summarizeEntities, type EntitySummary } from "./entities/entity-index.ts";
import type { Mention } from "./entities/mentions.ts";
import { mergeIndexes } from "./reports/report-index.ts";
import type { Entity } from "./entities/schema.ts";
import { ENTITIES_FILE, speaksForProblems, unusedAliases } from "./entities/validate.ts";
import { claimNotes, quoteNotes, type ClaimNote, type QuoteNote } from "./reports/notes.ts";
import { byPosition } from "./content/file-order.ts";
import { ContentError } from "./content/errors.ts";
import { findSharedQuotes, type SharedQuote } from "./quotes/shared-quotes.ts";
import { rankAllRelated, type RelatedReport } from "./reports/related.ts";
import { paragraphsFromFiles } from "./reports/paragraphs.ts";
import { shortOutlet } from "./vocabulary.ts";
import { getReports } from "./reports/collection.ts";
import type { TimelineEvent } from "./timeline/schema.ts";
import { sortTimeline, timelineProblems, TIMELINE_FILE } from "./timeline/validate.ts";

/**
 * How many related reports a report page lists. A bounded list keeps each
 * page the same size however large the archive grows; the home page lists
 * every report.
 */
export const RELATED_SHOWN = 4;

/** Everything that links the reports to each other, computed once per build. */
export interface CrossLinks {
  entities: Entity[];
  summaries: Map<string, EntitySummary>;
  mentions: Mention[];
  /** The entity ids each report mentions, by report slug. */
  entitiesByReport: Map<string, Set<string>>;
  quotes: SharedQuote[];
  quoteNotes: Map<string, Map<string, QuoteNote[]>>;
  claims: Claim[];
  claimNotes: Map<string, Map<string, ClaimNote[]>>;
  timeline: TimelineEvent[];
  /** For each report, the RELATED_SHOWN others sharing the most entities with it. */
  related: Map<string, RelatedReport[]>;
  /** Each report's outlet in a word or two, for cross-references ("AFP ¶9"). */
  labels: Map<string, string>;
  /** Milliseconds the indexes took to compute. */
  elapsed: number;
}

async function compute(): Promise<CrossLinks> {
  const reports = await getReports();
  const entities = (await getCollection("entities")).map((entry) => entry.data);
  const claims = byPosition((await getCollection("claims")).map((entry) => entry.data));
  const events = (await getCollection("timeline")).map((entry) => entry.data);
  const started = performance.now();
  const order = reports.map((report) => report.slug);
  // Each report's mentions and quotations were recorded while it was
  // rendered (remark-report-index) and are cached with the rendering: no
  // body is parsed again here, and an unchanged report costs nothing on a
  // rebuild. Only the reports a citation names are read, to check it.
  const paragraphs = paragraphsFromFiles(reports);
  const { mentions, quotes: quotations } = mergeIndexes(reports);

  const problems = [
    ...speaksForProblems(entities, ENTITIES_FILE),
    ...unusedAliases(entities, mentions, ENTITIES_FILE),
    ...claimProblems(claims, paragraphs, CLAIMS_FILE),
    ...timelineProblems(events, paragraphs, TIMELINE_FILE),
  ];
  if (problems.length > 0)
    throw new ContentError(`Cross-linking data does not match the reports:\n${problems.join("\n")}`);

  const quotes = findSharedQuotes(quotations, entities, order);
  const entitiesByReport = new Map(order.map((slug) => [slug, new Set<string>()]));
  for (const mention of mentions) entitiesByReport.get(mention.report)?.add(mention.entity);
  const result: CrossLinks = {
    entities,
    summaries: summarizeEntities(entities, mentions, order),
    mentions,
    entitiesByReport,
    quotes,
    quoteNotes: quoteNotes(quotes),
    claims,
    claimNotes: claimNotes(claims),
    timeline: sortTimeline(events),
    related: rankAllRelated(entitiesByReport, order, RELATED_SHOWN),
    labels: new Map(reports.map((report) => [report.slug, shortOutlet(report.entry.data.outlet)])),
    elapsed: 0,
  };
  result.elapsed = performance.now() - started;
  console.info(
    `[cross-links] ${entities.length} entities, ${entities.reduce((n, e) => n + e.aliases.length, 0)} aliases, ` +
      `${mentions.length} mentions, ${quotes.length} shared quotes, ${claims.length} claims, ` +
      `${events.length} timeline events in ${result.elapsed.toFixed(0)} ms`,
  );
  return result;
}

let crossLinks: Promise<CrossLinks> | undefined;

/** The archive's cross-links: computed on first use, then shared by every page of the build. */
export function getCrossLinks(): Promise<CrossLinks> {
  crossLinks ??= compute();
  return crossLinks;
}
