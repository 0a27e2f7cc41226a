import { loadComponents, loadComponentStyles, type PagefindInstance } from "./pagefind-components.ts";
import {
  normaliseFilters,
  readSearchState,
  sameFiltersAndSort,
  writeSearchState,
  type SearchState,
  type Sort,
} from "../lib/search/url-state.ts";

/**
 * The /search/ page: starts Pagefind's Component UI, runs the search the
 * address bar describes, and keeps the address bar in step with it. Typing
 * replaces the current history entry; changing a filter or the sort adds
 * one, so back and forward step through them.
 */

function toPagefindSort(sort: Sort): PagefindInstance["searchSort"] {
  if (sort === "") return {};
  const [key = "date", direction] = sort.split(":");
  return { [key]: direction === "desc" ? "desc" : "asc" };
}

/**
 * A fresh copy of the filters for Pagefind: its components change the
 * instance's filter object in place, which must not change ours.
 */
function pagefindFilters(state: SearchState): Record<string, string[]> {
  return Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, [...values]]));
}

function apply(instance: PagefindInstance, state: SearchState, sortSelect: HTMLSelectElement | null) {
  instance.searchSort = toPagefindSort(state.sort);
  if (sortSelect) sortSelect.value = state.sort;
  instance.triggerSearchWithFilters(state.query, pagefindFilters(state));
}

async function start() {
  const app = document.querySelector<HTMLElement>("[data-search-app]");
  if (!app) return;
  const sortSelect = app.querySelector<HTMLSelectElement>("[data-search-sort]");
  const [components] = await Promise.all([loadComponents(), loadComponentStyles()]);
  const instance = components.getInstanceManager().getInstance("default");

  let current = readSearchState(location.search);
  let applying = false;
  const record = (next: SearchState) => {
    if (applying) return;
    const url = `${location.pathname}${writeSearchState(next)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (sameFiltersAndSort(current, next)) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    current = next;
  };

  instance.on("search", (term, filters) => {
    record({ query: term, filters: normaliseFilters(filters), sort: current.sort });
  });
  sortSelect?.addEventListener("change", () => {
    const sort = sortSelect.value as Sort;
    record({ ...current, sort });
    instance.searchSort = toPagefindSort(sort);
    instance.triggerSearchWithFilters(current.query, pagefindFilters(current));
  });
  addEventListener("popstate", () => {
    current = readSearchState(location.search);
    applying = true;
    apply(instance, current, sortSelect);
    applying = false;
  });

  document.querySelector("[data-search-needs-js]")?.setAttribute("hidden", "");
  app.hidden = false;
  applying = true;
  apply(instance, current, sortSelect);
  applying = false;
  if (current.query === "") app.querySelector("input")?.focus();
}

start().catch((error: unknown) => {
  const note = document.querySelector<HTMLElement>("[data-search-failed]");
  if (note) note.hidden = false;
  console.error(error);
});
