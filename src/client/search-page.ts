/**
 * The /search/ page, on Pagefind's search API: runs the search the address
 * bar describes and keeps the address bar in step with it. Typing replaces
 * the current history entry; a filter or the sort adds one, so back and
 * forward step through them. Pagefind's filter lists load the first time
 * the filter pane opens; the word list for "Did you mean" only when a
 * query finds fewer than MIN_RESULTS.
 */
import { loadPagefind, type FilterCounts, type Pagefind, type SearchResponse } from "./pagefind-api.ts";
import { FilterPane } from "./search-filters.ts";
import { ResultList } from "./search-results.ts";
import { suggestQueries } from "../lib/search/suggest.ts";
import {
  EITHER_FILTERS,
  pagefindFilters,
  pagefindSort,
  readSearchState,
  sameFiltersAndSort,
  writeSearchState,
  type FilterKey,
  type SearchState,
  type Sort,
} from "../lib/search/url-state.ts";

/** Fewer results than this and the page offers the nearest known words. */
const MIN_RESULTS = 3;
/** Milliseconds of quiet typing before a search runs. */
const TYPING_DELAY = 200;

function part<T extends Element>(app: Element, name: string): T {
  const found = app.querySelector<T>(`[data-search-${name}]`);
  if (!found) throw new Error(`the search page has no [data-search-${name}]`);
  return found;
}

function resultCount(count: number): string {
  return `${count.toLocaleString("en-GB")} result${count === 1 ? "" : "s"}`;
}

async function start() {
  const app = document.querySelector<HTMLElement>("[data-search-app]");
  if (!app) return;
  const { bundle = "", base = "/", words = "", highlight = "", filterLabels = "{}" } = app.dataset;
  const field = part<HTMLInputElement>(app, "field");
  const sortSelect = part<HTMLSelectElement>(app, "sort");
  const summary = part<HTMLElement>(app, "summary");
  const suggest = part<HTMLElement>(app, "suggest");
  const toggle = part<HTMLButtonElement>(app, "filters-toggle");
  const pane = part<HTMLElement>(app, "filters");
  const startingPoints = document.querySelector<HTMLElement>("[data-search-start]");
  const results = new ResultList(part(app, "results"), part(app, "more"));
  const pagefind: Pagefind = await loadPagefind(bundle, base, highlight);

  let current = readSearchState(location.search);
  let filtersLoaded: Promise<FilterCounts> | undefined;
  let wordList: Promise<string[]> | undefined;
  let run = 0;

  const filterPane = new FilterPane(
    pane,
    JSON.parse(filterLabels) as Record<FilterKey, string>,
    (key, values) => {
      // An empty list is no filter: Pagefind's options and the address leave it out.
      go({ ...current, filters: { ...current.filters, [key]: values } });
    },
  );

  /** Counts for the pane: an OR group with a value ticked counts as if it had none. */
  async function paneCounts(state: SearchState, response: SearchResponse): Promise<FilterCounts> {
    const counts: FilterCounts = { ...response.filters };
    for (const key of EITHER_FILTERS) {
      if (!state.filters[key]?.length) continue;
      const others = { ...state.filters, [key]: [] };
      const without = await pagefind.search(state.query.trim() || null, { filters: pagefindFilters(others) });
      counts[key] = without.filters[key] ?? {};
    }
    return counts;
  }

  async function showSuggestions(state: SearchState, found: number, id: number) {
    suggest.hidden = true;
    if (found >= MIN_RESULTS || state.query.trim() === "") return;
    wordList ??= fetch(words).then((response) => response.json() as Promise<string[]>);
    const queries = suggestQueries(state.query, await wordList);
    if (id !== run || queries.length === 0) return;
    const links = queries.map((query) => {
      const link = document.createElement("a");
      link.href = `${location.pathname}${writeSearchState({ ...state, query })}`;
      link.textContent = query;
      return link;
    });
    part(suggest, "suggestions").replaceChildren(
      ...links.flatMap((link, i) => (i === 0 ? [link] : [i === links.length - 1 ? " or " : ", ", link])),
    );
    suggest.hidden = false;
  }

  async function search(state: SearchState) {
    const id = ++run;
    const term = state.query.trim();
    const filtered = Object.values(state.filters).some((values) => values.length > 0);
    if (startingPoints) startingPoints.hidden = term !== "" || filtered;
    if (term === "" && !filtered) {
      results.show([], "");
      summary.textContent = "";
      suggest.hidden = true;
      if (filtersLoaded) filterPane.render(state, await filtersLoaded);
      return;
    }
    // Once the pane is open, every search counts each filter value: its lists must be in first.
    if (filtersLoaded) await filtersLoaded;
    const response = await pagefind.search(term || null, {
      filters: pagefindFilters(state.filters),
      sort: pagefindSort(state.sort),
    });
    if (id !== run) return;
    const count = response.results.length;
    summary.textContent =
      (count === 0 ? "No results" : resultCount(count)) +
      (term ? ` for “${term}”` : "") +
      (filtered ? ", filtered" : "");
    results.show(response.results, term);
    void showSuggestions(state, count, id);
    if (filtersLoaded) {
      const counts = await paneCounts(state, response);
      if (id === run) filterPane.render(state, counts);
    }
  }

  /** Moves to a new state: typing replaces the history entry, anything else adds one. */
  function go(next: SearchState) {
    const url = `${location.pathname}${writeSearchState(next)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (sameFiltersAndSort(current, next)) history.replaceState(null, "", url);
      else history.pushState(null, "", url);
    }
    current = next;
    void search(next);
  }

  function showState(state: SearchState) {
    field.value = state.query;
    sortSelect.value = state.sort;
  }

  function openFilters() {
    toggle.setAttribute("aria-expanded", "true");
    pane.hidden = false;
    // Pagefind's filter lists load now, not with the page: most searches never open them.
    filtersLoaded ??= pagefind.filters();
    void search(current);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  field.addEventListener("input", () => {
    clearTimeout(typing);
    void pagefind.preload(field.value);
    typing = setTimeout(() => go({ ...current, query: field.value }), TYPING_DELAY);
  });
  field.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    clearTimeout(typing);
    go({ ...current, query: field.value });
  });
  sortSelect.addEventListener("change", () => go({ ...current, sort: sortSelect.value as Sort }));
  toggle.addEventListener("click", () => {
    if (pane.hidden) openFilters();
    else {
      pane.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
    }
  });
  // Links to another search on this page ("Did you mean") run it in place.
  app.addEventListener("click", (event) => {
    const link = (event.target as Element).closest("a");
    if (!link || link.pathname !== location.pathname || !link.closest("[data-search-suggest]")) return;
    event.preventDefault();
    const next = readSearchState(link.search);
    history.pushState(null, "", link.href);
    current = next;
    showState(next);
    void search(next);
  });
  // Up and down arrows move between the results' titles and the field.
  app.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [field, ...app.querySelectorAll<HTMLElement>("[data-result-link]")];
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    const next = links[at + (event.key === "ArrowDown" ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
  addEventListener("popstate", () => {
    current = readSearchState(location.search);
    showState(current);
    void search(current);
  });

  document.querySelector("[data-search-needs-js]")?.setAttribute("hidden", "");
  app.hidden = false;
  showState(current);
  if (Object.keys(current.filters).length > 0) openFilters();
  else void search(current);
  if (current.query === "") field.focus();
}

start().catch((error: unknown) => {
  const note = document.querySelector<HTMLElement>("[data-search-failed]");
  if (note) note.hidden = false;
  console.error(error);
});
