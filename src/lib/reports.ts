import { getCollection, type CollectionEntry } from "astro:content";
import { REPORTS_DIR } from "./content-dir.ts";
import { countWords, readingMinutes } from "./format.ts";
import { sortDate } from "./report-meta.ts";
import { reportStatsOf } from "../plugins/remark-report-stats.ts";

export type ReportEntry = CollectionEntry<"reports">;

/** A report with the figures the pages show, computed once per build. */
export interface Report {
  slug: string;
  entry: ReportEntry;
  words: number;
  minutes: number;
  paragraphs: number;
}

/** Oldest first; reports of the same day by their source file, for a stable order. */
export function compareReports(a: ReportEntry, b: ReportEntry): number {
  const byDate = sortDate(a.data.published).localeCompare(sortDate(b.data.published));
  return byDate !== 0 ? byDate : a.data.source.file.localeCompare(b.data.source.file);
}

function toReport(entry: ReportEntry): Report {
  // Counted by remark-report-stats while the body was rendered, and cached
  // with the rendering: parsing every body again here made each build,
  // warm ones too, grow with the whole archive.
  const stats = reportStatsOf(entry.rendered?.metadata);
  if (!stats) throw new Error(`${REPORTS_DIR}/${entry.id}.md: rendered without remark-report-stats`);
  const words = countWords(entry.data.dek ?? "") + stats.words;
  return {
    slug: entry.id,
    entry,
    words,
    minutes: readingMinutes(words),
    paragraphs: stats.paragraphs,
  };
}

let reports: Promise<Report[]> | undefined;

/** Every report, in archive order. Loaded and measured once per build. */
export function getReports(): Promise<Report[]> {
  reports ??= getCollection("reports").then((entries) => {
    const found = entries.filter((entry) => !entry.body?.trim());
    if (found.length > 0) {
      throw new Error(`${REPORTS_DIR}/${found[0]?.id}.md: body is empty; a report needs the copy's text`);
    }
    return entries.sort(compareReports).map(toReport);
  });
  return reports;
}
