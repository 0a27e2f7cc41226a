import { formatDate } from "../format.ts";
import type { ReportData } from "./schema.ts";

/** The parts of a report's frontmatter the archive's labels are made from (src/lib/reports/schema.ts). */
export type Published = ReportData["published"];
export type OutletBasis = ReportData["outlet"]["basis"];
export type TitleSource = ReportData["titleSource"];

export const OUTLET_BASIS_LABEL: Record<OutletBasis, string> = {
  stated: "named in the copy",
  attributed: "attributed by matching",
  unknown: "outlet unknown",
};

export const DATE_BASIS_LABEL: Record<Published["basis"], string> = {
  stated: "printed in the copy",
  inferred: "inferred from the text",
  unknown: "date unknown",
};

export const TITLE_SOURCE_LABEL: Record<TitleSource, string> = {
  printed: "headline printed in the copy",
  republication: "headline from a republication",
  supplied: "title supplied by the archive",
};

/** The outlet's name as pages show it, or "Outlet unknown". */
export function outletName(outlet: ReportData["outlet"]): string {
  return outlet.basis === "unknown" ? "Outlet unknown" : outlet.name;
}

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
 * A report's outlet in a word or two, for cross-references ("AFP ¶9"): the
 * abbreviation an outlet's name carries in brackets, else the name without
 * "The"; an unattributed copy is "Unattributed".
 */
export function shortOutlet(outlet: { basis: OutletBasis; name?: string }): string {
  if (outlet.basis === "unknown" || !outlet.name) return "Unattributed";
  const abbreviation = /\(([^)]+)\)\s*$/.exec(outlet.name)?.[1];
  return abbreviation ?? outlet.name.replace(/^The\s+/, "");
}

/**
 * The short outlet labels of just the given reports, for a page that shows
 * those and must not carry (and be keyed on) the whole archive's.
 */
export function labelsFor(labels: ReadonlyMap<string, string>, slugs: Iterable<string>): Map<string, string> {
  return new Map([...slugs].map((slug) => [slug, labels.get(slug) ?? slug]));
}
