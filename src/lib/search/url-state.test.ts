import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  pagefindFilters,
  pagefindSort,
  readSearchState,
  sameFiltersAndSort,
  writeSearchState,
} from "./url-state.ts";

describe("search state in the URL", () => {
  it("round-trips a query, filters and sort", () => {
    const state = readSearchState(
      "?q=drone+attack&outlet=Reuters&outlet=AP%2C+Baghdad&kind=Report&sort=date:asc",
    );
    expect(state).toEqual({
      query: "drone attack",
      filters: { outlet: ["Reuters", "AP, Baghdad"], kind: ["Report"] },
      sort: "date:asc",
    });
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it("ignores unknown parameters, unknown sorts and empty values", () => {
    expect(readSearchState("?q=&colour=red&outlet=&sort=random")).toEqual({
      query: "",
      filters: {},
      sort: "",
    });
    expect(writeSearchState({ query: " ", filters: {}, sort: "" })).toBe("");
  });

  it("keeps hostile text as text and caps its length", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    expect(readSearchState(writeSearchState({ query: hostile, filters: {}, sort: "" })).query).toBe(hostile);
    expect(readSearchState(`?q=${"a".repeat(2000)}`).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("tells typing apart from changing filters or sort", () => {
    const a = readSearchState("?q=dro&outlet=Reuters");
    expect(sameFiltersAndSort(a, readSearchState("?q=drone&outlet=Reuters"))).toBe(true);
    expect(sameFiltersAndSort(a, readSearchState("?q=drone&outlet=Reuters&sort=date:desc"))).toBe(false);
  });
});

describe("the state as Pagefind's search options", () => {
  it("sorts each direction by its own key, and best match by none", () => {
    expect(pagefindSort("")).toEqual({});
    expect(pagefindSort("date:asc")).toEqual({ "date-asc": "asc" });
    expect(pagefindSort("date:desc")).toEqual({ "date-desc": "desc" });
  });

  it("asks for either value of a page's one kind, outlet or wire, and for all people and groups ticked", () => {
    expect(
      pagefindFilters({
        outlet: ["Reuters", "AFP"],
        kind: ["Report"],
        person: ["Qais al-Khazali", "Joe Biden"],
        group: ["Kataib Hezbollah"],
      }),
    ).toEqual({
      kind: { any: ["Report"] },
      outlet: { any: ["Reuters", "AFP"] },
      person: { all: ["Qais al-Khazali", "Joe Biden"] },
      group: { all: ["Kataib Hezbollah"] },
    });
    expect(pagefindFilters({})).toEqual({});
  });
});
