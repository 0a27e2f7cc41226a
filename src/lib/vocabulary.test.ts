import { describe, expect, it } from "vitest";
import {
  BASIS_TERMS,
  DATE_BASIS,
  OUTLET_BASIS,
  PAGE_KINDS,
  UNATTRIBUTED,
  countInWords,
  outletName,
  shortOutlet,
  wireTag,
} from "./vocabulary.ts";
import * as meta from "./reports/meta.ts";
import * as attributes from "./search/attributes.ts";

describe("the archive's vocabulary", () => {
  it("gives each outlet a long and a short form, and one name to a report without one", () => {
    const ap = { basis: "attributed" as const, name: "The Associated Press (AP)" };
    expect(outletName(ap)).toBe("The Associated Press (AP)");
    expect(shortOutlet(ap)).toBe("AP");
    expect(shortOutlet({ basis: "stated", name: "The Washington Post" })).toBe("Washington Post");
    expect(outletName({ basis: "unknown" })).toBe(UNATTRIBUTED);
    expect(shortOutlet({ basis: "unknown" })).toBe(UNATTRIBUTED);
  });

  it("is the only module that hands out the labels, which the search attributes use", () => {
    for (const name of ["outletName", "shortOutlet", "OUTLET_BASIS_LABEL", "UNATTRIBUTED"]) {
      expect(name in meta, `reports/meta.ts exports ${name}`).toBe(false);
    }
    for (const name of ["PAGE_KINDS", "WIRE_LABEL", "FILTER_LABEL"]) {
      expect(name in attributes, `search/attributes.ts exports ${name}`).toBe(false);
    }
    expect(attributes.searchAttributes({ kind: "report", outlet: { basis: "unknown" } })).toMatchObject({
      "data-search-outlet": UNATTRIBUTED,
      "data-search-kind": "Report",
    });
  });

  it("labels each basis once, never repeating the name beside it, each with its own anchor", () => {
    expect(OUTLET_BASIS.unknown.label).not.toMatch(/outlet unknown/i);
    expect(DATE_BASIS.unknown.label).not.toBe("date unknown");
    const anchors = BASIS_TERMS.map((term) => term.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const term of BASIS_TERMS) expect(term.explanation.length).toBeGreaterThan(20);
  });

  it("names an entity page for everything it may be", () => {
    expect(PAGE_KINDS.entity).toBe("Person, group or place");
  });

  it("writes small counts in words and large ones in figures", () => {
    expect(countInWords(5, "report")).toBe("five reports");
    expect(countInWords(1, "report")).toBe("one report");
    expect(countInWords(6, "copy", "copies")).toBe("six copies");
    expect(countInWords(1200, "report")).toBe("1,200 reports");
    expect(wireTag("AP")).toBe("Wire story (AP)");
  });
});
