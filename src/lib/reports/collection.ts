import { getCollection, type CollectionEntry } from "astro:content";
import { join } from "node:path";
import { REPORTS_DIR, shownPath } from "../content/content-dir.ts";
import { countWords, readingMinutes } from "../format.ts";
import { sortDate } from "./meta.ts";
import { reportIndexOf, reportStatsOf } from "./rendered-metadata.ts";
import type { ReportIndex } from "./report-index.ts";

export type ReportEntry = CollectionEntry<"reports">;

/** A report with the figures the pages show, computed once per build. */
export interface Report {
  slug: string;
  entry: ReportEntry;
  words: number;
  minutes: number;
  paragraphs: number;
  /** Its lead, the names in it and its quotations, recorded while the body was rendered. */
  index: ReportIndex;
}

/** Code-unit order: the same on every machine, whatever its locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest first; reports of the same day by their source file, for a stable order. */
export function compareReports(a: ReportEntry, b: ReportEntry): number {
  const byDate = byCodeUnits(sortDate(a.data.published), sortDate(b.data.published));
  return byDate !== 0 ? byDate : byCodeUnits(a.data.source.file, b.data.source.file);
}

function toReport(entry: ReportEntry): Report {
  // Counted by remark-report-stats while the body was rendered, and cached
  // with the rendering: parsing every body again here made each build,
  // warm ones too, grow with the whole archive.
  const stats = reportStatsOf(entry.rendered?.metadata);
  const index = reportIndexOf(entry.rendered?.metadata);
  if (!stats || !index) {
    const file = entry.filePath ?? shownPath(join(REPORTS_DIR, `${entry.id}.md`));
    throw new Error(`${file}: rendered without ${stats ? "remark-report-index" : "remark-report-stats"}`);
  }
  const words = countWords(entry.data.dek ?? "") + stats.words;
  return {
    slug: entry.id,
    entry,
    words,
    minutes: readingMinutes(words),
    paragraphs: stats.paragraphs,
    index,
  };
}

let reports: Promise<Report[]> | undefined;

/** Every report, in archive order. Loaded and measured once per build. */
export function getReports(): Promise<Report[]> {
  // Empty bodies and clashing slugs are refused by the loader.
  reports ??= getCollection("reports").then((entries) => entries.sort(compareReports).map(toReport));
  return reports;
}
