import { formatDate } from "../format.ts";
import type { ReportData } from "./schema.ts";

/*
 * A report's dates and title as pages show them. The words themselves
 * (outlet forms, basis labels) live only in src/lib/vocabulary.ts.
 */
import type { TitleSource } from "../vocabulary.ts";

/** The parts of a report's frontmatter the archive's labels are made from (src/lib/reports/schema.ts). */
export type Published = ReportData["published"];

/** Titles the copy does not print are bracketed, as archives do. */
export function displayTitle(title: string, source: TitleSource): string {
  return source === "printed" ? title : `[${title}]`;
}

/** `7 November 2021`, `Between 7 and 9 November 2021`, or `Date unknown`. */
export function describeDate(published: Published): string {
  if (published.date) return formatDate(published.date);
  if (published.earliest && published.latest) {
    return `Between ${formatDate(published.earliest)} and ${formatDate(published.latest)}`;
  }
  if (published.earliest) return `Not before ${formatDate(published.earliest)}`;
  if (published.latest) return `Not after ${formatDate(published.latest)}`;
  return "Date unknown";
}

/** The day a report sorts by: its date, else the earliest it can be. */
export function sortDate(published: Published): string {
  return published.date ?? published.earliest ?? published.latest ?? "9999-12-31";
}

/**
 * The short outlet labels of just the given reports, for a page that shows
 * those and must not carry (and be keyed on) the whole archive's.
 */
export function labelsFor(labels: ReadonlyMap<string, string>, slugs: Iterable<string>): Map<string, string> {
  return new Map([...slugs].map((slug) => [slug, labels.get(slug) ?? slug]));
}
