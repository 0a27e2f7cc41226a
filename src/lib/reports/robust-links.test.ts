import { describe, expect, it } from "vitest";
import { readReportFile } from "./files.ts";
import { reportLinks, waybackUrl } from "./robust-links.ts";
import { reportSchema } from "./schema.ts";

const data = (slug: string) => reportSchema.parse(readReportFile(`content/reports/${slug}.md`).data);

describe("Robust Links to where a report was published", () => {
  it("link the Post's original address with a capture from its day", () => {
    const links = reportLinks(data("drone-attack-widely-condemned"));
    expect(links.kind).toBe("original");
    const [link] = links.kind === "original" ? links.links : [];
    expect(link?.originalUrl).toMatch(/^https:\/\/www\.washingtonpost\.com\/world\//);
    expect(link?.versionDate).toBe("2021-11-07");
    expect(link?.versionUrl).toBe(waybackUrl(link?.originalUrl ?? "", "2021-11-07"));
    expect(link?.versionUrl).toMatch(
      /^https:\/\/web\.archive\.org\/web\/20211107\/https:\/\/www\.washingtonpost/,
    );
  });

  it("link the AP and AFP copies' republishers, saying only the site is known", () => {
    for (const slug of [
      "tension-rising-after-failed-assassination-bid",
      "pm-escapes-assassination-attempt",
    ]) {
      const links = reportLinks(data(slug));
      expect(links.kind, slug).toBe("republished");
      if (links.kind !== "republished") continue;
      expect(links.links.length).toBe(2);
      for (const link of links.links) {
        expect(link.siteOnly).toBe(true);
        expect(link.versionDate).toBe("2021-11-07");
      }
    }
  });

  it("say so when nothing is known", () => {
    expect(reportLinks(data("residence-targeted-by-drone-strike"))).toEqual({ kind: "unknown" });
  });
});
