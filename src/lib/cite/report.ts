import { absoluteUrl, routes } from "../paths.ts";
import type { ReportData } from "../reports/schema.ts";
import { SITE_TITLE } from "../site.ts";
import { cslRecord, type CslRecord } from "./csl.ts";
import { REFERENCE_STYLES, reference } from "./formats.ts";

/** A report's citation record, with the archive's own addresses for it on this build's site. */
export function reportRecord(slug: string, data: ReportData, site: URL | undefined): CslRecord {
  return cslRecord({
    slug,
    data,
    archiveUrl: absoluteUrl(routes.report(slug), site),
    sourceUrl: absoluteUrl(routes.source(data.source.file), site),
    archiveName: SITE_TITLE,
  });
}

/** The references the cite box shows, one per style, as HTML made by citation-js. */
export function reportReferences(slug: string, data: ReportData, site: URL | undefined) {
  const record = reportRecord(slug, data, site);
  const archiveUrl = absoluteUrl(routes.report(slug), site);
  return REFERENCE_STYLES.map((style) => ({ ...style, html: reference(record, style.id, archiveUrl) }));
}
