import { getCollection, type CollectionEntry } from "astro:content";
import { countWords, readingMinutes } from "./format.ts";
import { sortDate } from "./report-meta.ts";
import { bodyBlocks, bodyParagraphs } from "./report-text.ts";

export type ReportEntry = CollectionEntry<"reports">;

/** A report with the figures the pages show, computed once per build. */
export interface Report {
  slug: string;
  entry: ReportEntry;
  words: number;
  minutes: number;
  paragraphs: number;
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
  const body = entry.body ?? "";
  const text = [entry.data.dek ?? "", ...bodyBlocks(body)].join(" ");
  const words = countWords(text);
  return {
    slug: entry.id,
    entry,
    words,
    minutes: readingMinutes(words),
    paragraphs: bodyParagraphs(body).length,
  };
}

let reports: Promise<Report[]> | undefined;

/** Every report, in archive order. Loaded and measured once per build. */
export function getReports(): Promise<Report[]> {
  // Empty bodies and clashing slugs are refused by the loader.
  reports ??= getCollection("reports").then((entries) => entries.sort(compareReports).map(toReport));
  return reports;
}

/** The reports before and after one, in archive order. */
export function neighbours<T extends { slug: string }>(
  list: readonly T[],
  slug: string,
): { previous?: T; next?: T } {
  const index = list.findIndex((item) => item.slug === slug);
  const previous = index > 0 ? list[index - 1] : undefined;
  const next = index >= 0 ? list[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
