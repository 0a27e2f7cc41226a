import { selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import type { Element } from "hast";
import { describe, expect, it } from "vitest";
import { bodyParagraphs } from "../../src/lib/reports/text.ts";
import { builtPage, reportFiles, textOf } from "./lib/dist.ts";
import { deploymentFromEnv, withTrailingSlash } from "../../src/lib/paths.ts";

const prefix = withTrailingSlash(deploymentFromEnv().base);
const SLUGS = {
  post: "drone-attack-widely-condemned",
  afp: "pm-escapes-assassination-attempt",
  ap: "tension-rising-after-failed-assassination-bid",
};
const hrefs = (tree: ReturnType<typeof builtPage>, selector: string) =>
  selectAll(selector, tree).map((node) => String((node as Element).properties["href"]));

describe("entity links in report text", () => {
  it('links "al-Kadhemi" in the AFP report to the Kadhimi entity page, at its first mention', () => {
    const page = builtPage(`reports/${SLUGS.afp}`);
    const links = selectAll(".para a.entity-link", page).filter((node) => toText(node).includes("Kadhemi"));
    expect(links.map((node) => (node as Element).properties["href"])).toEqual([
      `${prefix}entities/mustafa-al-kadhimi/`,
    ]);
  });

  it("leaves every paragraph's text exactly the copy's, notes kept outside it", () => {
    for (const report of reportFiles()) {
      const page = builtPage(`reports/${report.slug}`);
      bodyParagraphs(report.body).forEach((text, index) => {
        const shown = textOf(page, `#p-${index + 1}`).replace(/\s*Paragraph \d+¶$/, "");
        expect(shown, `${report.slug} p-${index + 1}`).toBe(text);
      });
      for (const aside of selectAll("aside.para-notes", page)) {
        expect((aside as Element).properties["dataPagefindIgnore"]).toBeDefined();
      }
    }
  });
});

describe("entity pages", () => {
  it("the Kadhimi page links to paragraphs of all five reports", () => {
    const page = builtPage("entities/mustafa-al-kadhimi");
    const linked = new Set(
      hrefs(page, ".mention-list a").map((href) => /reports\/([^/]+)\/#(p|fig)-\d+$/.exec(href)?.[1]),
    );
    expect([...linked].sort()).toEqual(
      reportFiles()
        .map((report) => report.slug)
        .sort(),
    );
    expect(textOf(page, ".spellings")).toContain("Kadhemi");
  });

  it("the index lists every entity and the coverage table has a row for each", () => {
    const index = builtPage("entities");
    const coverage = builtPage("coverage");
    const count = selectAll(".entity-list li", index).length;
    expect(count).toBeGreaterThan(40);
    expect(selectAll(".coverage tbody th[scope=row]", coverage)).toHaveLength(count);
  });
});

describe("shared quotes", () => {
  it("links Biden's statement between every report that carries it", () => {
    const pairs = [
      [SLUGS.post, SLUGS.afp],
      [SLUGS.post, SLUGS.ap],
      [SLUGS.afp, SLUGS.ap],
    ];
    for (const [a, b] of pairs) {
      for (const [from, to] of [
        [a, b],
        [b, a],
      ]) {
        const links = hrefs(builtPage(`reports/${from}`), ".para-notes__quoted a");
        expect(
          links.some((href) => href.startsWith(`${prefix}reports/${to}/#p-`)),
          `${from} → ${to}`,
        ).toBe(true);
      }
    }
    expect(toText(builtPage("quotes"))).toContain("I condemn in the strongest terms");
  });
});

describe("claims compared", () => {
  it("publishes one schema.org Claim per claim, each with its appearances", () => {
    const page = builtPage("compare");
    const data = JSON.parse(textOf(page, 'script[type="application/ld+json"]')) as {
      "@graph": { "@type": string; appearance: unknown[] }[];
    };
    expect(data["@graph"].length).toBeGreaterThanOrEqual(7);
    for (const claim of data["@graph"]) {
      expect(claim["@type"]).toBe("Claim");
      expect(claim.appearance.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("notes at the cited paragraph that other reports differ", () => {
    const page = builtPage(`reports/${SLUGS.ap}`);
    const note = textOf(page, "#p-5 + aside.para-notes");
    expect(note).toContain("Other reports differ");
    expect(note).toContain("How many drones were used?");
  });
});

describe("timeline", () => {
  it("orders events from the election to the day of the attack, each cited", () => {
    const page = builtPage("timeline");
    const dates = selectAll(".timeline__date time", page).map((node) =>
      String((node as Element).properties["dateTime"]),
    );
    expect(dates[0]).toBe("2021-10-10");
    expect(dates.at(-1)).toBe("2021-11-07");
    for (const event of selectAll(".timeline__event", page)) {
      expect(selectAll(".timeline__sources a", event).length).toBeGreaterThan(0);
    }
  });
});

describe("related reports", () => {
  it("ranks the other four reports and marks wire stories", () => {
    const page = builtPage(`reports/${SLUGS.post}`);
    expect(selectAll(".other-reports .report-card", page)).toHaveLength(4);
    const text = textOf(page, ".other-reports");
    expect(text).toContain("Wire story (AFP)");
    expect(text).toContain("Wire story (AP)");
  });
});
