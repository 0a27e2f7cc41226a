import { Cite } from "@citation-js/core";
import { beforeAll, describe, expect, it } from "vitest";
import { readReportFile } from "../reports/files.ts";
import { reportSchema } from "../reports/schema.ts";
import { cslRecord, type CslRecord } from "./csl.ts";
import { bibtex, citeFiles, cslJson, reference, ris } from "./formats.ts";

const ARCHIVE = "The Kadhimi Drone Attack: A News Archive";

function recordOf(slug: string): CslRecord {
  const { data } = readReportFile(`content/reports/${slug}.md`);
  return cslRecord({
    slug,
    data: reportSchema.parse(data),
    archiveUrl: `https://archive.example.org/sub/reports/${slug}/`,
    sourceUrl: "https://archive.example.org/sub/sources/copy.txt",
    archiveName: ARCHIVE,
  });
}

const SLUGS = [
  "tension-rising-after-failed-assassination-bid",
  "drone-attack-widely-condemned",
  "attack-sparks-fear-of-return-to-chaos",
  "residence-targeted-by-drone-strike",
  "pm-escapes-assassination-attempt",
];

/** A RIS file's values by tag, in order. */
function risTags(text: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const line of text.trimEnd().split("\n")) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) continue;
    const [, tag = "", value = ""] = match;
    tags.set(tag, [...(tags.get(tag) ?? []), value]);
  }
  return tags;
}

/** The fields every format must keep, read back by citation-js as CSL. */
function kept(item: Record<string, unknown>) {
  return {
    title: item["title"],
    author: (item["author"] as { family: string; given?: string }[] | undefined)?.map((a) => [
      a.family,
      a.given,
    ]),
    outlet: item["container-title"],
    issued: (item["issued"] as { "date-parts": number[][] } | undefined)?.["date-parts"][0]?.map(Number),
    URL: item["URL"],
    note: item["note"],
  };
}

describe("citation files, read back", () => {
  for (const slug of SLUGS) {
    const record = recordOf(slug);
    const wanted = kept(record as unknown as Record<string, unknown>);

    it(`${slug}: BibTeX keeps title, authors, outlet, full date, URL and note`, () => {
      const [item] = new Cite(bibtex(record)).data;
      const back = kept(item ?? {});
      // BibTeX reads the full date from `date` (biblatex); citation-js reads year and month.
      expect({ ...back, issued: undefined }).toEqual({ ...wanted, issued: undefined });
      expect(bibtex(record)).toContain(
        `date = {${(wanted.issued ?? []).map((p, i) => String(p).padStart(i ? 2 : 4, "0")).join("-")}}`,
      );
      expect(bibtex(record)).toMatch(/^@article\{[^,]+,\n[\s\S]*entrysubtype = \{newspaper\}/);
    });

    it(`${slug}: RIS keeps them too, each on one line`, () => {
      // citation-js reads neither AU nor DA for NEWS, though reference managers do: read the tags.
      const text = ris(record);
      const tags = risTags(text);
      expect(tags.get("TY")).toEqual(["NEWS"]);
      expect(tags.get("TI")).toEqual([wanted.title]);
      expect(tags.get("AU")).toEqual(wanted.author?.map(([family, given]) => `${family}, ${given}`));
      expect(tags.get("T2")).toEqual(wanted.outlet ? [wanted.outlet] : undefined);
      expect(tags.get("DA")).toEqual([
        `${(wanted.issued ?? []).map((p) => String(p).padStart(2, "0")).join("/")}/`,
      ]);
      expect(tags.get("UR")?.[0]).toBe(wanted.URL);
      expect(tags.get("N1")).toEqual([wanted.note]);
      for (const line of text.split("\n").filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    });

    it(`${slug}: CSL-JSON is the record`, () => {
      expect(JSON.parse(cslJson(record))).toEqual([record]);
    });
  }

  it("RIS as citation-js writes it would fail: no author, no full date, a wrapped note", () => {
    const record = recordOf("tension-rising-after-failed-assassination-bid");
    const tags = risTags(new Cite(record).format("ris", { format: "text" }));
    expect(tags.get("AU")).toBeUndefined();
    expect(tags.get("DA")).toBeUndefined();
    expect(tags.get("N1")).not.toEqual([record.note]);
  });
});

describe("the record", () => {
  it("names the AP report's author and keeps the supplied title's brackets", () => {
    const record = recordOf("tension-rising-after-failed-assassination-bid");
    expect(record.author).toEqual([{ family: "Abdul-Zahra", given: "Qassim" }]);
    expect(record.title).toBe("[Tension rising in Iraq after failed assassination bid of PM]");
    expect(record["container-title"]).toBe("The Associated Press (AP)");
    expect(record.note).toContain("sha256 3cf6765e40f77ad4af9deae14e0e28f3af7cae05ad57f30163acc38d1ae9a185");
    expect(record.note).toMatch(/Outlet: attributed by matching\. .*Author: attributed by matching\./);
  });

  it("keeps the original address and the archive's page apart", () => {
    const record = recordOf("drone-attack-widely-condemned");
    expect(record.URL).toMatch(/^https:\/\/www\.washingtonpost\.com\//);
    expect(record.archive_location).toBe(
      "https://archive.example.org/sub/reports/drone-attack-widely-condemned/",
    );
  });

  it("gives an unknown date's known part, and no outlet where none is known", () => {
    expect(recordOf("attack-sparks-fear-of-return-to-chaos").issued).toEqual({ "date-parts": [[2021, 11]] });
    expect(recordOf("residence-targeted-by-drone-strike")["container-title"]).toBeUndefined();
  });
});

describe("formatted references", () => {
  // citeproc loads its styles and locale on first use: seconds on a busy machine.
  beforeAll(() => {
    reference(recordOf(SLUGS[0] ?? ""), "apa", "");
  }, 60_000);

  for (const style of ["apa", "harvard1"]) {
    for (const slug of SLUGS) {
      it(`${style}, ${slug}: outlet, author, date, title, addresses and preservation date`, () => {
        const record = recordOf(slug);
        const archiveUrl = `https://archive.example.org/sub/reports/${slug}/`;
        const html = reference(record, style, archiveUrl);
        const text = html.replace(/<[^>]+>/g, "");
        if (record["container-title"]) expect(text).toContain(record["container-title"]);
        for (const author of record.author ?? []) expect(text).toContain(author.family);
        expect(text).toContain("2021");
        // Styles set quotation marks their own way and move a full stop inside them.
        const words = (value: string) => value.replace(/[‘’'".,]/g, "");
        expect(words(text)).toContain(words(record.title));
        expect(text).toContain(archiveUrl);
        expect(text).toMatch(/21 November 2026|November 21, 2026/);
        if (slug === "drone-attack-widely-condemned") expect(text).toContain(record.URL);
      });
    }
  }

  it("writes every file", () => {
    expect(Object.keys(citeFiles(recordOf(SLUGS[0] ?? "")))).toEqual(["cite.bib", "cite.ris", "cite.json"]);
  });
});
