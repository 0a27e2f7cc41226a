import type { Entity } from "../../src/lib/entities/schema.ts";
import type { Mention } from "../../src/lib/entities/mentions.ts";
import type { AttributedQuote } from "../../src/lib/quotes/attribution.ts";
import { readReportFiles } from "../../src/lib/reports/files.ts";
import { indexReportTree, indexTools, mergeIndexes } from "../../src/lib/reports/report-index.ts";
import { parseBody } from "../../src/lib/reports/text.ts";

/** A report's slug and Markdown body: all the indexes need. */
export interface ReportBody {
  slug: string;
  body: string;
}

/** The committed reports' bodies, in file order, for tests of the indexes on real text. */
export function committedReports(dir = "content/reports"): ReportBody[] {
  return readReportFiles(dir).map(({ slug, body }) => ({ slug, body }));
}

/**
 * Every mention and quotation in every report, parsing each body. The
 * build reads the same from each report's cached rendering
 * (remark-report-index); this is the reference the plugin is tested against.
 */
export function indexReports(
  reports: readonly ReportBody[],
  entities: readonly Entity[],
): { mentions: Mention[]; quotes: AttributedQuote[] } {
  const tools = indexTools(entities);
  return mergeIndexes(
    reports.map(({ slug, body }) => ({ slug, index: indexReportTree(parseBody(body), tools) })),
  );
}

export const SLUGS = {
  post: "drone-attack-widely-condemned",
  unattributed: "residence-targeted-by-drone-strike",
  afp: "pm-escapes-assassination-attempt",
  monitor: "attack-sparks-fear-of-return-to-chaos",
  ap: "tension-rising-after-failed-assassination-bid",
} as const;
