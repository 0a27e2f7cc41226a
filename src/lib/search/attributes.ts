import type { Entity } from "../entities/schema.ts";
import { describeDate, sortDate, type Published } from "../reports/meta.ts";
import { PAGE_KINDS, WIRE_LABEL, outletName, type OutletBasis, type PageKind } from "../vocabulary.ts";
import { formatNameGroups } from "./spellings.ts";
import { SORT_KEYS } from "./url-state.ts";

/**
 * What the search index knows about a page, set in the templates as
 * `data-pagefind-*` attributes on the element that holds the page's own
 * text. Everything outside that element (header, footer, provenance,
 * related lists) is left out of the index.
 */

/**
 * The pages whose templates mark a search body (`searchAttributes()`): each
 * report, the first page of each entity, the comparison, the shared quotes
 * and the timeline. Pagefind would skip the other pages' text anyway, but
 * only after reading and parsing them: a third of the pages, and 3 s of the
 * indexing at 5,000 reports. tests/build/paging.test.ts holds this list to
 * the built pages' attributes; the benchmark indexes the same pages.
 */
export const INDEXED_PAGES =
  "{reports/*/index.html,entities/*/index.html,compare/index.html,quotes/index.html,timeline/index.html}";

/**
 * Pagefind leaves a page without the sort key out of a sorted search, so
 * every indexed page carries a key for each direction (SORT_KEYS), and a
 * page with no date of its own (an entity, the timeline) or a report of
 * unknown date sorts after the dated ones whichever the direction.
 */
const UNDATED = { asc: "9999-12-31", desc: "0000-01-01" } as const;

/**
 * The weight of text that echoes report text (a comparison's snippets,
 * shared quotations, timeline entries, an entity's one-line description):
 * a word of report text ranks the report that holds it above the pages
 * that repeat it. Pagefind's default weight is 1.
 */
export const ECHO_WEIGHT = "0.2";

/** The kinds of page whose whole indexed text echoes the reports. */
const ECHO_KINDS: ReadonlySet<PageKind> = new Set(["compare", "quotes", "timeline"]);

export interface SearchFacts {
  kind: PageKind;
  /** A report's outlet; the filter shows its long form (`outletName()`). A string is taken as that form. */
  outlet?: string | { basis: OutletBasis; name?: string | undefined } | undefined;
  published?: Published | undefined;
  wireService?: string | undefined;
}

export type SearchAttributes = Record<`data-${string}`, string>;

/**
 * The attributes that make an element the indexed body of its page: page
 * kind, outlet and date as result meta; outlet, kind and wire as
 * filters; the date as a sort key in each direction. Values travel in `data-search-*`
 * attributes and are captured with Pagefind's `key[attribute]` syntax, so a
 * comma or colon in a value cannot break Pagefind's attribute lists.
 */
export function searchAttributes(facts: SearchFacts): SearchAttributes {
  const attributes: SearchAttributes = {
    "data-pagefind-body": "",
    "data-search-kind": PAGE_KINDS[facts.kind],
  };
  const meta = ["kind[data-search-kind]"];
  const filters = ["kind[data-search-kind]"];
  if (facts.outlet !== undefined) {
    attributes["data-search-outlet"] =
      typeof facts.outlet === "string" ? facts.outlet : outletName(facts.outlet);
    meta.push("outlet[data-search-outlet]");
    filters.push("outlet[data-search-outlet]");
  }
  if (facts.kind === "report") {
    attributes["data-search-wire"] = facts.wireService ? WIRE_LABEL.wire : WIRE_LABEL.own;
    filters.push("wire[data-search-wire]");
  }
  const { date, earliest, latest } = facts.published ?? {};
  const known = facts.published && (date ?? earliest ?? latest) ? sortDate(facts.published) : undefined;
  if (facts.published) {
    attributes["data-search-date"] = describeDate(facts.published);
    meta.push("date[data-search-date]");
  }
  attributes["data-search-sort-asc"] = known ?? UNDATED.asc;
  attributes["data-search-sort-desc"] = known ?? UNDATED.desc;
  if (ECHO_KINDS.has(facts.kind)) attributes["data-pagefind-weight"] = ECHO_WEIGHT;
  attributes["data-pagefind-meta"] = meta.join(", ");
  attributes["data-pagefind-filter"] = filters.join(", ");
  attributes["data-pagefind-sort"] =
    `${SORT_KEYS.asc}[data-search-sort-asc], ${SORT_KEYS.desc}[data-search-sort-desc]`;
  return attributes;
}

/** The entity kinds offered as search filters, and the filter each is under. */
const ENTITY_FILTER = { person: "person", group: "group" } as const satisfies Partial<
  Record<Entity["kind"], string>
>;

export interface EntitySearchTags {
  /** Every spelling of every entity, grouped by entity, for the searchable `names` meta. */
  names: string;
  filters: { key: string; value: string }[];
}

/**
 * What the index records about the entities a page names: their canonical
 * names as filters (people and groups), and every spelling the alias table
 * records as the page's `names` meta. Pagefind searches meta as well as
 * text, so "Kadhemi" finds a report that only says "Kadhimi".
 */
export function entitySearchTags(entities: readonly Entity[]): EntitySearchTags {
  const sorted = [...entities].sort((a, b) => a.name.localeCompare(b.name));
  const groups = sorted.map((entity) => [...new Set([entity.name, ...entity.aliases])]);
  return {
    names: formatNameGroups(groups),
    filters: sorted.flatMap((entity) => {
      const key = ENTITY_FILTER[entity.kind as keyof typeof ENTITY_FILTER];
      return key ? [{ key, value: entity.name }] : [];
    }),
  };
}
