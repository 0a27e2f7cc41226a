import type { Element, Root } from "hast";
import { select, selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import {
  BASIS_TERMS,
  outletName,
  shortOutlet,
  PAGE_KINDS,
  PAGE_KIND_NAMES,
  TITLE_SOURCE,
  type OutletBasis,
} from "../../src/lib/vocabulary.ts";
import { builtPage, reportFiles } from "./lib/dist.ts";

/**
 * One vocabulary (src/lib/vocabulary.ts): each outlet's long form and short
 * form, each basis label and each page-kind name reads the same wherever
 * that form is used, the search filters included, and every label says
 * what it means without a hover.
 */

type Outlet = { basis: OutletBasis; name?: string };
const reports = reportFiles().map((report) => ({ ...report, outlet: report.data["outlet"] as Outlet }));
const text = (tree: Root, selector: string) => selectAll(selector, tree).map((node) => toText(node).trim());
const attribute = (node: Element | undefined, name: string) => String(node?.properties[name] ?? "");

const PAGES = [
  "",
  "about",
  "compare",
  "coverage",
  "entities",
  "entities/mustafa-al-kadhimi",
  "quotes",
  "timeline",
  "search",
  ...reports.map((report) => `reports/${report.slug}`),
];

describe("one name for each outlet", () => {
  const home = builtPage("");
  const compare = builtPage("compare");
  const coverage = builtPage("coverage");

  it.each(reports)("$slug: the long form on the home page, the byline and the search filter", (report) => {
    const long = outletName(report.outlet);
    const page = builtPage(`reports/${report.slug}`);
    const card = selectAll(".report-card", home).find((node) =>
      attribute(select(".report-card__title a", node), "href").endsWith(`/reports/${report.slug}/`),
    );
    expect(card && text(card as unknown as Root, ".report-card__outlet")).toEqual([long]);
    expect(text(page, ".byline__outlet")).toEqual([long]);
    expect(attribute(select("[data-search-outlet]", page), "dataSearchOutlet")).toBe(long);
  });

  it.each(reports)("$slug: the short form in breadcrumbs, comparisons and the coverage table", (report) => {
    const short = shortOutlet(report.outlet);
    const page = builtPage(`reports/${report.slug}`);
    expect(text(page, ".breadcrumbs [aria-current=page]")).toEqual([short]);
    const linksTo = (tree: Root, selector: string) =>
      selectAll(selector, tree)
        .filter((node) => attribute(node, "href").endsWith(`/reports/${report.slug}/`))
        .map((node) => toText(node).trim());
    expect(new Set(linksTo(compare, ".claim-compare__outlet a"))).toEqual(new Set([short]));
    expect(linksTo(coverage, ".coverage thead a")).toEqual([short]);
  });

  it("calls a report without an outlet the same thing everywhere", () => {
    for (const path of PAGES) {
      const all = toText(builtPage(path));
      expect(all, path).not.toMatch(/outlet unknown/i);
    }
  });
});

describe("one name for each label and page kind", () => {
  it("shows only the vocabulary's basis labels, each linking to its explanation on /about/", () => {
    const about = builtPage("about");
    const labels = new Map(BASIS_TERMS.map((term) => [term.label, term.anchor]));
    for (const path of PAGES) {
      for (const chip of selectAll("a.basis", builtPage(path))) {
        const label = toText(chip).trim();
        expect(labels.has(label), `${path}: "${label}"`).toBe(true);
        const anchor = labels.get(label) ?? "";
        expect(attribute(chip, "href"), path).toMatch(new RegExp(`/about/#${anchor}$`));
        expect(select(`[id="${anchor}"]`, about), anchor).toBeDefined();
      }
    }
  });

  it("explains every bracketed title from its report page, and the home page says what brackets mean", () => {
    for (const report of reports.filter((r) => r.data.titleSource !== "printed")) {
      const note = select(".title-note a", builtPage(`reports/${report.slug}`));
      const term = TITLE_SOURCE[report.data.titleSource as keyof typeof TITLE_SOURCE];
      expect(note && toText(note)).toBe(term.label);
      expect(attribute(note, "href")).toMatch(new RegExp(`/about/#${term.anchor}$`));
    }
    expect(toText(select(".legend", builtPage("")) ?? builtPage(""))).toContain("[square brackets]");
  });

  it("names each kind of page the same in the navigation, breadcrumbs and search filters", () => {
    const nav = text(builtPage(""), ".site-nav a");
    for (const names of Object.values(PAGE_KIND_NAMES)) expect(nav).toContain(names.all);
    const kinds = new Set(
      PAGES.map((path) => attribute(select("[data-search-kind]", builtPage(path)), "dataSearchKind")).filter(
        Boolean,
      ),
    );
    expect([...kinds].sort()).toEqual(Object.values(PAGE_KINDS).sort());
    expect(text(builtPage("entities/mustafa-al-kadhimi"), ".breadcrumbs li")[0]).toBe(
      PAGE_KIND_NAMES.entity.all,
    );
    expect(text(builtPage(`reports/${reports[0]?.slug}`), ".breadcrumbs li")[0]).toBe(
      PAGE_KIND_NAMES.report.all,
    );
  });
});
