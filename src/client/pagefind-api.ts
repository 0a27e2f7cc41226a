/**
 * The parts of Pagefind's search API (pagefind.js, written into the
 * site's bundle by the build) that the search page uses. See
 * https://pagefind.app/docs/api/.
 */
export type FilterCounts = Record<string, Record<string, number>>;

/** A filter as Pagefind reads it: `{ any: […] }` is OR, `{ all: […] }` AND. */
export type PagefindFilters = Record<string, { any: string[] } | { all: string[] }>;

export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, "asc" | "desc">;
}

export interface ResultData {
  url: string;
  /** The page's text as indexed, words separated by white space. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string; locations: number[] }[];
}

export interface SearchResult {
  id: string;
  /** Where the query's words occur in the page's text (empty when only its meta matched). */
  words: number[];
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  /** For each filter value, how many of these results carry it. */
  filters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
  /** Loads every filter's values (and so makes later searches count them). */
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/**
 * Ranking, tuned against the queries in tests/site/search.test.ts. The
 * `names` meta (every spelling of the people and groups a page names)
 * weighs ten times the default, so a report naming someone in any spelling
 * ranks above pages about other people that mention them in passing; the
 * page length counts less than by default, so a short page that echoes a
 * phrase does not outrank the long report that holds it.
 */
export const RANKING = { metaWeights: { names: 10 }, pageLength: 0.3 } as const;

let loading: Promise<Pagefind> | undefined;

/** Imports Pagefind once from the site's own bundle (a URL the page gives, under the base path). */
export function loadPagefind(bundle: string, baseUrl: string, highlightParam: string): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(
    async (pagefind) => {
      // On the main thread: a worker would be one more script to fetch for a few pages of results.
      await pagefind.options({
        noWorker: true,
        baseUrl,
        highlightParam,
        excerptLength: 24,
        ranking: RANKING,
      });
      return pagefind;
    },
  );
  return loading;
}
