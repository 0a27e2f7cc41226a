import type { ReportData } from "./reports/schema.ts";
import type { FilterKey } from "./search/url-state.ts";

/**
 * The archive's words for what it shows, in one place: an outlet's long and
 * short forms, the label of each basis a fact rests on (with the
 * explanation /about/ gives for it), and the name of each kind of page. A
 * page, a search filter and a test all take their wording from here, so the
 * unattributed report is "Unattributed" wherever it is named, and a label
 * reads the same on a card, a byline and the search page.
 */

export type OutletBasis = ReportData["outlet"]["basis"];
export type AuthorBasis = NonNullable<ReportData["author"]>["basis"];
export type DateBasis = ReportData["published"]["basis"];
export type TitleSource = ReportData["titleSource"];

/** A label for how a fact is known, with the sentence that explains it and its anchor on /about/. */
export interface BasisTerm {
  label: string;
  /** The `id` of its explanation on /about/ (`routes.basis()` links there). */
  anchor: string;
  explanation: string;
}

export const OUTLET_BASIS: Record<OutletBasis, BasisTerm> = {
  stated: {
    label: "named in the copy",
    anchor: "named-in-the-copy",
    explanation: "The copy itself prints the outlet's or the author's name.",
  },
  attributed: {
    label: "attributed by matching",
    anchor: "attributed-by-matching",
    explanation:
      "The copy names no outlet or author. Its text was matched against public republications of the same story, and the name is the one they credit; each report's provenance gives the evidence.",
  },
  unknown: {
    label: "no match found",
    anchor: "no-match-found",
    explanation:
      "Neither the copy nor any republication found so far names the outlet, so the report is shown as unattributed.",
  },
};

export const AUTHOR_BASIS: Record<AuthorBasis, BasisTerm> = {
  stated: OUTLET_BASIS.stated,
  attributed: OUTLET_BASIS.attributed,
};

export const DATE_BASIS: Record<DateBasis, BasisTerm> = {
  stated: {
    label: "printed in the copy",
    anchor: "printed-in-the-copy",
    explanation: "The copy carries its date.",
  },
  inferred: {
    label: "inferred from the text",
    anchor: "inferred-from-the-text",
    explanation:
      'The copy prints no date, but its text fixes one: a "Sunday" beside the attack of Sunday 7 November 2021, say.',
  },
  unknown: {
    label: "exact date unknown",
    anchor: "exact-date-unknown",
    explanation:
      "Neither the copy nor its text gives the day; where the evidence bounds it (it reports an event, republications appeared), the range is given.",
  },
};

export const TITLE_SOURCE: Record<TitleSource, BasisTerm> = {
  printed: {
    label: "headline printed in the copy",
    anchor: "headline-printed",
    explanation: "The headline is the copy's own.",
  },
  republication: {
    label: "headline from a republication",
    anchor: "headline-from-a-republication",
    explanation:
      "The copy prints no headline; a republication of the same text runs under this one. It is shown in [square brackets], the archival convention for a title supplied from elsewhere.",
  },
  supplied: {
    label: "title supplied by the archive",
    anchor: "title-supplied",
    explanation:
      "The copy prints no headline and no republication gives one: the archive describes the report in [square brackets].",
  },
};

type Labels<T extends string> = Record<T, string>;
const labelsOf = <T extends string>(terms: Record<T, BasisTerm>): Labels<T> =>
  Object.fromEntries(Object.entries<BasisTerm>(terms).map(([key, term]) => [key, term.label])) as Labels<T>;

export const OUTLET_BASIS_LABEL = labelsOf(OUTLET_BASIS);
export const AUTHOR_BASIS_LABEL = labelsOf(AUTHOR_BASIS);
export const DATE_BASIS_LABEL = labelsOf(DATE_BASIS);
export const TITLE_SOURCE_LABEL = labelsOf(TITLE_SOURCE);

/** Every distinct basis term, in the order /about/ explains them. */
export const BASIS_TERMS: readonly BasisTerm[] = [
  OUTLET_BASIS.stated,
  OUTLET_BASIS.attributed,
  OUTLET_BASIS.unknown,
  DATE_BASIS.stated,
  DATE_BASIS.inferred,
  DATE_BASIS.unknown,
  TITLE_SOURCE.republication,
  TITLE_SOURCE.supplied,
];

/** What a report with no outlet is called, in long and short form alike. */
export const UNATTRIBUTED = "Unattributed";

/** The outlet's long form, as a byline, a card and the search filter name it: "The Associated Press (AP)". */
export function outletName(outlet: { basis: OutletBasis; name?: string | undefined }): string {
  return outlet.basis === "unknown" || !outlet.name ? UNATTRIBUTED : outlet.name;
}

/**
 * The outlet in a word or two, for cross-references ("AFP ¶9"): the
 * abbreviation an outlet's name carries in brackets, else the name without
 * "The"; an unattributed copy is "Unattributed".
 */
export function shortOutlet(outlet: { basis: OutletBasis; name?: string | undefined }): string {
  if (outlet.basis === "unknown" || !outlet.name) return UNATTRIBUTED;
  const abbreviation = /\(([^)]+)\)\s*$/.exec(outlet.name)?.[1];
  return abbreviation ?? outlet.name.replace(/^The\s+/, "");
}

/** Wire or not, as a report's tag and the search filter name it. */
export const WIRE_LABEL = { wire: "Wire story", own: "Not a wire story" } as const;

/** The tag a wire story carries: "Wire story (AP)". */
export function wireTag(service: string): string {
  return `${WIRE_LABEL.wire} (${service})`;
}

/**
 * The kinds of page, each named once: `one` for a single page (a search
 * result's kind, a filter), `all` for the section that lists them (the
 * site's navigation, breadcrumbs). An entity page may be a person, a group,
 * an institution, a country or a place, and its name says so.
 */
export const PAGE_KIND_NAMES = {
  report: { one: "Report", all: "Reports" },
  entity: { one: "Person, group or place", all: "Who and where" },
  compare: { one: "Differences", all: "Differences" },
  quotes: { one: "Shared quotes", all: "Shared quotes" },
  timeline: { one: "Timeline", all: "Timeline" },
} as const;
export type PageKind = keyof typeof PAGE_KIND_NAMES;

/** Each search filter's heading on the search page, in the words the pages use (the filters and their order: search/url-state.ts). */
export const FILTER_LABEL: Record<FilterKey, string> = {
  kind: "Kind of page",
  outlet: "Outlet",
  wire: "Wire",
  person: "Person",
  group: "Group",
};

/** The kinds of page the archive indexes, as the search filter names them. */
export const PAGE_KINDS = Object.fromEntries(
  Object.entries(PAGE_KIND_NAMES).map(([kind, names]) => [kind, names.one]),
) as { [K in PageKind]: (typeof PAGE_KIND_NAMES)[K]["one"] };

/** Small counts in words, as prose writes them ("five reports"); 11 and over in figures. */
export function countWord(count: number): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  return words[count] ?? count.toLocaleString("en-GB");
}

/** `five reports`, `one report`, `1,200 reports`; `plural` for a noun that does not take an s. */
export function countInWords(count: number, noun: string, plural = `${noun}s`): string {
  return `${countWord(count)} ${count === 1 ? noun : plural}`;
}

/** "five reports" → "Five reports", to begin a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
