import type { CrossLinks } from "../cross-links.ts";
import type { Entity } from "../entities/schema.ts";
import { pageCacheKey } from "../build/page-cache-key.ts";
import { PAGE_SIZES, pageOf } from "../paging.ts";
import type { ClaimNote, QuoteNote } from "./notes.ts";
import type { RelatedReport } from "./related.ts";
import type { Report } from "./collection.ts";
import { labelsFor } from "./meta.ts";

/** All a report page shows beyond its own code: its cache key is a digest of these. */
export interface ReportPageProps {
  report: Report;
  /** Its place in archive order, from 1, and how many reports there are. */
  position: number;
  total: number;
  previous?: Report | undefined;
  next?: Report | undefined;
  related: { report: Report; shared: RelatedReport["shared"] }[];
  quoteNotes?: Map<string, QuoteNote[]> | undefined;
  claimNotes?: Map<string, ClaimNote[]> | undefined;
  /** Short outlet labels of the reports the notes cite, and of no others. */
  labels: Map<string, string>;
  /** The entities the report names, in the archive's entity order. */
  entities: Entity[];
  /** The page of /compare/ that shows this report's accounts of the claims. */
  comparePage: number;
}

/** The reports a page's paragraph notes point to. */
function citedReports(
  quoteNotes: ReadonlyMap<string, QuoteNote[]> | undefined,
  claimNotes: ReadonlyMap<string, ClaimNote[]> | undefined,
): Set<string> {
  const cited = new Set<string>();
  for (const notes of quoteNotes?.values() ?? [])
    for (const note of notes) for (const other of note.others) cited.add(other.report);
  for (const notes of claimNotes?.values() ?? [])
    for (const note of notes) for (const other of note.others) cited.add(other.report);
  return cited;
}

/**
 * One path per report, each with only what its page shows. A page that
 * held the whole archive (every report, every label) would change with any
 * edit anywhere, and Astro's incremental build could never reuse it.
 */
export function reportPaths(reports: readonly Report[], links: CrossLinks) {
  const bySlug = new Map(reports.map((report) => [report.slug, report]));
  return reports.map((report, index) => {
    const quoteNotes = links.quoteNotes.get(report.slug);
    const claimNotes = links.claimNotes.get(report.slug);
    const named = links.entitiesByReport.get(report.slug) ?? new Set<string>();
    const props: ReportPageProps = {
      report,
      position: index + 1,
      total: reports.length,
      previous: reports[index - 1],
      next: reports[index + 1],
      related: (links.related.get(report.slug) ?? []).flatMap(({ slug, shared }) => {
        const other = bySlug.get(slug);
        return other ? [{ report: other, shared }] : [];
      }),
      quoteNotes,
      claimNotes,
      labels: labelsFor(links.labels, citedReports(quoteNotes, claimNotes)),
      entities: links.entities.filter((entity) => named.has(entity.id)),
      comparePage: pageOf(index + 1, PAGE_SIZES.compareReports),
    };
    return { params: { slug: report.slug }, props, cacheKey: pageCacheKey(props) };
  });
}
