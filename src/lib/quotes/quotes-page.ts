import type { Entity } from "../entities/schema.ts";
import { PAGE_SIZES, pageOf, type PaginatedPath } from "../paging.ts";
import { withCacheKeys } from "../build/page-cache-key.ts";
import type { QuoteSpan } from "./attribution.ts";
import type { SharedQuote } from "./shared-quotes.ts";
import { labelsFor } from "../reports/meta.ts";

/**
 * How many reports' wordings a shared quote shows side by side; the
 * places of the rest are listed after them. A statement carried by
 * hundreds of reports would otherwise be hundreds of columns.
 */
export const QUOTE_REPORTS_SHOWN = 12;

/**
 * How many further places a shared quote lists after its columns; the
 * rest are counted. Each report that quotes it links back to it.
 */
export const QUOTE_PLACES_LISTED = 48;

/** The quotes in the order /quotes/ lists them: grouped by speaker, speakers in order of first quote. */
export function quotesInPageOrder(quotes: readonly SharedQuote[]): SharedQuote[] {
  return [...Map.groupBy(quotes, (quote) => quote.speaker).values()].flat();
}

/** The page of /quotes/ each quote stands on, by quote id. */
export function quotePages(quotes: readonly SharedQuote[]): Map<string, number> {
  return new Map(
    quotesInPageOrder(quotes).map((quote, index) => [quote.id, pageOf(index + 1, PAGE_SIZES.quotes)]),
  );
}

/** A shared quote as /quotes/ shows it: a column per report for the first reports, the others' places after. */
export interface QuoteOnPage {
  quote: SharedQuote;
  /** How many reports quote it. */
  reports: number;
  columns: { report: string; spans: QuoteSpan[] }[];
  /** The first QUOTE_PLACES_LISTED occurrences in the reports beyond the columns. */
  others: QuoteSpan[];
  /** How many more occurrences there are. */
  more: number;
}

export function quoteColumns(
  quote: SharedQuote,
  shown = QUOTE_REPORTS_SHOWN,
  listed = QUOTE_PLACES_LISTED,
): QuoteOnPage {
  const all = [...Map.groupBy(quote.occurrences, (span) => span.report)].map(([report, spans]) => ({
    report,
    spans,
  }));
  const others = all.slice(shown).flatMap((column) => column.spans);
  return {
    quote,
    reports: all.length,
    columns: all.slice(0, shown),
    others: others.slice(0, listed),
    more: Math.max(0, others.length - listed),
  };
}

/** One speaker's quotes on a page of /quotes/. */
export interface SpeakerSection {
  speaker: string | undefined;
  name: string;
  quotes: QuoteOnPage[];
}

/**
 * Each page of /quotes/ from `paginate()`'s paths over `quotesInPageOrder()`:
 * its quotes under their speakers' headings, with the labels of the reports
 * it shows, keyed by what it shows.
 */
export function quotesPaths<Path extends PaginatedPath<SharedQuote>>(
  paths: readonly Path[],
  entities: readonly Entity[],
  labels: ReadonlyMap<string, string>,
) {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return withCacheKeys(
    paths.map((path) => {
      const { page } = path.props;
      const sections: SpeakerSection[] = [];
      for (const quote of page.data) {
        let section = sections.at(-1);
        if (!section || section.speaker !== quote.speaker) {
          const name = quote.speaker ? (names.get(quote.speaker) ?? quote.speaker) : "Speaker not named";
          section = { speaker: quote.speaker, name, quotes: [] };
          sections.push(section);
        }
        section.quotes.push(quoteColumns(quote));
      }
      const shown = new Set(page.data.flatMap((quote) => quote.occurrences.map((span) => span.report)));
      return {
        params: path.params,
        props: {
          page,
          sections,
          labels: labelsFor(labels, shown),
        },
      };
    }),
  );
}
