import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { unzipSync } from "fflate";
import { selectAll } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../src/lib/hash.ts";
import { bagInfoFields, bagProblems } from "../../src/lib/data/validate-bag.ts";
import { BAG_FILE, withTrailingSlash } from "../../src/lib/paths.ts";
import { BUILT_FOR, DIST, builtPage, reportFiles } from "./lib/dist.ts";

const root = new URL(withTrailingSlash(BUILT_FOR.base), BUILT_FOR.site).href;
const reports = reportFiles();

interface Frontmatter {
  title: string;
  titleSource: string;
  language?: string;
  outlet: { basis: string; name?: string };
  author?: { name: string };
  published: { date?: string; earliest?: string; latest?: string };
  originalUrl?: string;
  preserved: string;
  source: { file: string; sha256: string };
}
const shownTitle = (data: Frontmatter) => (data.titleSource === "printed" ? data.title : `[${data.title}]`);

/** The `<meta name>` tags of a page, by name, each with all its values in order. */
function metaTags(slug: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of selectAll("head meta[name]", builtPage(`reports/${slug}/`))) {
    const name = String(meta.properties["name"]);
    tags.set(name, [...(tags.get(name) ?? []), String(meta.properties["content"])]);
  }
  return tags;
}

describe("reference-manager tags, read against each report's frontmatter", () => {
  it.each(reports.map((report) => [report.slug, report.data as unknown as Frontmatter] as const))(
    "%s",
    (slug, data) => {
      const tags = metaTags(slug);
      expect(tags.get("citation_title")).toEqual([shownTitle(data)]);
      expect(tags.get("citation_author")).toEqual(data.author ? [data.author.name] : undefined);
      const date = data.published.date
        ? data.published.date.replaceAll("-", "/")
        : data.published.earliest?.slice(0, 7) === data.published.latest?.slice(0, 7)
          ? data.published.earliest?.slice(0, 7).replace("-", "/")
          : undefined;
      expect(tags.get("citation_publication_date")).toEqual(date ? [date] : undefined);
      expect(tags.get("citation_language")).toEqual([data.language ?? "en"]);
      expect(tags.get("citation_public_url")).toEqual([`${root}reports/${slug}/`]);
      expect(tags.get("z:itemType")).toEqual(["newspaperArticle"]);
      expect(tags.get("prism.publicationName")).toEqual(
        data.outlet.basis === "unknown" ? undefined : [data.outlet.name],
      );
      expect(tags.has("citation_journal_title")).toBe(false);
    },
  );

  it("names the AP and Al-Monitor reports' authors", () => {
    expect(metaTags("tension-rising-after-failed-assassination-bid").get("citation_author")).toEqual([
      "Qassim Abdul-Zahra",
    ]);
    expect(metaTags("attack-sparks-fear-of-return-to-chaos").get("citation_author")).toEqual([
      "Shelly Kittleson",
    ]);
  });
});

describe("citation files beside each report page", () => {
  it.each(reports.map((report) => [report.slug, report.data as unknown as Frontmatter] as const))(
    "%s: BibTeX, RIS and CSL-JSON hold the same record",
    (slug, data) => {
      const read = (file: string) => readFileSync(join(DIST, "reports", slug, file), "utf8");
      const [record] = JSON.parse(read("cite.json")) as Record<string, unknown>[];
      expect(record?.["title"]).toBe(shownTitle(data));
      expect(record?.["URL"]).toBe(data.originalUrl ?? `${root}reports/${slug}/`);
      expect(String(record?.["note"])).toContain(data.source.sha256);
      const [bib] = new Cite(read("cite.bib")).data;
      expect(bib?.["title"]).toBe(shownTitle(data));
      expect(bib?.["container-title"]).toBe(record?.["container-title"]);
      expect(bib?.["note"]).toBe(record?.["note"]);
      const ris = read("cite.ris");
      expect(ris).toContain(`\nTI  - ${shownTitle(data)}\n`);
      if (data.author)
        expect(ris).toContain(`\nAU  - ${data.author.name.replace(/^(.*) (\S+)$/, "$2, $1")}\n`);
      if (data.published.date)
        expect(ris).toContain(`\nDA  - ${data.published.date.replaceAll("-", "/")}/\n`);
      expect(ris).toContain(`\nN1  - ${String(record?.["note"])}\n`);
    },
  );
});

describe("the archive's BagIt package", () => {
  const zip = readFileSync(join(DIST, BAG_FILE));
  const folder = BAG_FILE.replace(/\.zip$/, "");
  const files = new Map(
    Object.entries(unzipSync(zip)).map(([path, bytes]) => [path.slice(folder.length + 1), bytes]),
  );

  it("is a valid bag under one folder (RFC 8493 §3 and §4)", () => {
    expect([...Object.keys(unzipSync(zip))].every((path) => path.startsWith(`${folder}/`))).toBe(true);
    expect(bagProblems(files)).toEqual([]);
  });

  it("holds the raw copies byte for byte, the reports, the data files and the open data", () => {
    for (const report of reports) {
      const copy = files.get(`data/sources/${report.data.source.file}`);
      expect(copy && sha256(copy)).toBe(report.data.source.sha256);
      expect(files.has(`data/reports/${report.slug}.md`)).toBe(true);
    }
    for (const name of ["entities.yaml", "claims.yaml", "timeline.yaml"])
      expect(Buffer.from(files.get(`data/${name}`) ?? []).equals(readFileSync(join("content", name)))).toBe(
        true,
      );
    for (const name of ["reports.json", "mentions.csv", "claims.csv", "quotes.json", "entities.schema.json"])
      expect(
        Buffer.from(files.get(`data/open-data/${name}`) ?? []).equals(readFileSync(join(DIST, "data", name))),
      ).toBe(true);
  });

  it("dates the bag by the newest preservation date, and names the archive and the payload manifest", () => {
    const info = bagInfoFields(new TextDecoder().decode(files.get("bag-info.txt")));
    const newest = reports
      .map((report) => String(report.data["preserved"]))
      .sort()
      .at(-1);
    expect(info).toContainEqual(["Bagging-Date", newest]);
    expect(info).toContainEqual(["External-Identifier", root]);
    const manifestDigest = sha256(files.get("manifest-sha256.txt") ?? new Uint8Array());
    expect(info).toContainEqual(["External-Identifier", `sha256:${manifestDigest} (manifest-sha256.txt)`]);
  });

  it("is accepted by the system's unzip -t", () => {
    expect(execFileSync("unzip", ["-t", join(DIST, BAG_FILE)], { encoding: "utf8" })).toMatch(
      /No errors detected/,
    );
  });

  it("is linked from the home and About pages with its size and sha256", () => {
    for (const page of ["", "about/"]) {
      const html = readFileSync(join(DIST, page, "index.html"), "utf8");
      expect(html, page || "home").toContain(`href="${withTrailingSlash(BUILT_FOR.base)}${BAG_FILE}"`);
      expect(html, page || "home").toContain(sha256(zip));
      expect(html, page || "home").toContain(`${zip.length.toLocaleString("en-GB")} bytes`);
    }
  });
});
