import type { ReportBody } from "../../src/lib/entities/mentions.ts";
import { readReportFiles } from "../../src/lib/reports/files.ts";

/** The committed reports' bodies, in file order, for tests of the indexes on real text. */
export function committedReports(dir = "content/reports"): ReportBody[] {
  return readReportFiles(dir).map(({ slug, body }) => ({ slug, body }));
}

export const SLUGS = {
  post: "drone-attack-widely-condemned",
  unattributed: "residence-targeted-by-drone-strike",
  afp: "pm-escapes-assassination-attempt",
  monitor: "attack-sparks-fear-of-return-to-chaos",
  ap: "tension-rising-after-failed-assassination-bid",
} as const;
