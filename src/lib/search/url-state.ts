/**
 * The search page's state as it lives in the address bar, so a search can
 * be shared, bookmarked and reached with back and forward:
 * `?q=drone&outlet=Reuters&kind=Report&sort=date:asc`.
 */

/** The filters the archive's index defines, in the order the page offers them. */
export const FILTER_KEYS = ["kind", "outlet", "wire", "person", "group"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Filters whose values a page has one of (one kind, one outlet, wire or
 * not): ticking two means either. A page names many people and groups, so
 * two of those mean both.
 */
export const EITHER_FILTERS: ReadonlySet<FilterKey> = new Set(["kind", "outlet", "wire"]);

export const SORTS = { relevance: "", oldest: "date:asc", newest: "date:desc" } as const;
export type Sort = (typeof SORTS)[keyof typeof SORTS];

/** Pagefind's sort key for each direction (set on every indexed page by attributes.ts). */
export const SORT_KEYS = { asc: "date-asc", desc: "date-desc" } as const;

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: Sort;
}

/** The longest query kept from a URL; Pagefind gains nothing from more. */
export const MAX_QUERY_LENGTH = 500;

function isSort(value: string): value is Sort {
  return (Object.values(SORTS) as string[]).includes(value);
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState["filters"] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((value) => value.trim() !== ""))];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get("sort") ?? "";
  return {
    query: (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: isSort(sort) ? sort : SORTS.relevance,
  };
}

/** The query string for a state (with its `?`), or "" for an empty search. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== "") params.set("q", state.query);
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) params.append(key, value);
  }
  if (state.sort !== SORTS.relevance) params.set("sort", state.sort);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** Whether two states differ other than in the query being typed. */
export function sameFiltersAndSort(a: SearchState, b: SearchState): boolean {
  return writeSearchState({ ...a, query: "" }) === writeSearchState({ ...b, query: "" });
}

/** Pagefind's sort for a state's sort: none for the best match. */
export function pagefindSort(sort: Sort): Record<string, "asc" | "desc"> {
  if (sort === SORTS.relevance) return {};
  const direction = sort === SORTS.newest ? "desc" : "asc";
  return { [SORT_KEYS[direction]]: direction };
}

/** Pagefind's filters for a state's: `{ any }` (OR) or `{ all }` (AND), by filter. */
export function pagefindFilters(
  filters: SearchState["filters"],
): Record<string, { any: string[] } | { all: string[] }> {
  const result: Record<string, { any: string[] } | { all: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (!values?.length) continue;
    result[key] = EITHER_FILTERS.has(key) ? { any: [...values] } : { all: [...values] };
  }
  return result;
}
