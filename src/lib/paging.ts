/**
 * How many items a page of each long list holds. The pages stay the same
 * size however large the archive grows (the page-weight budgets hold at
 * 5,000 reports), and an archive of a few reports fits on one page.
 */
export const PAGE_SIZES = {
  /** Report cards on the home page and the pages after it. */
  reports: 50,
  /** Reports whose mentions one page of an entity lists. */
  entityReports: 20,
  /** Reports whose accounts of each claim one page of the comparison shows. */
  compareReports: 25,
  /** Shared quotes on a page of /quotes/. */
  quotes: 20,
  /**
   * Report columns on a page of the coverage table. Every report as a
   * column made one page of 32 MB at 5,000 reports; ten stay readable, and
   * the shading keeps one scale across pages.
   */
  coverageReports: 10,
} as const;

/** "11–20": the items page `page` holds (from 1), thousands separated. */
export function pageRange(page: number, size: number, total: number): string {
  const first = (page - 1) * size + 1;
  const last = Math.min(page * size, total);
  return `${first.toLocaleString("en-GB")}–${last.toLocaleString("en-GB")}`;
}

/** The page (from 1) on which the item at `position` (from 1) stands. */
export function pageOf(position: number, size: number): number {
  return Math.max(1, Math.ceil(position / size));
}

/** A link to another page of a list, as ListPager shows it. */
export interface PagerLink {
  href: string;
  /** What the link is, such as "Earlier reports". */
  label: string;
  /** Where it leads, such as "Reports 1–50". */
  detail: string;
}

/** The links to the pages before and after `page`, where there are such pages. */
export function pagerLinks(
  page: { currentPage: number; lastPage: number },
  hrefOf: (page: number) => string,
  labels: { previous: string; next: string },
  detailOf: (page: number) => string,
): { previous?: PagerLink; next?: PagerLink } {
  const link = (n: number, label: string): PagerLink => ({ href: hrefOf(n), label, detail: detailOf(n) });
  return {
    ...(page.currentPage > 1 ? { previous: link(page.currentPage - 1, labels.previous) } : {}),
    ...(page.currentPage < page.lastPage ? { next: link(page.currentPage + 1, labels.next) } : {}),
  };
}

/** A path as `paginate()` makes it: the page's items and place in its props. */
export interface PaginatedPath<Item> {
  params: Record<string, string | undefined>;
  props: { page: { data: Item[]; start: number; end: number } };
}
