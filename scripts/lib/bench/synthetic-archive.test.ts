import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import { sha256 } from "../../../src/lib/hash.ts";
import { buildCorpus } from "./corpus.ts";
import { parse } from "yaml";
import { claimsAccountingFor, namesIn, writeSyntheticArchive } from "./synthetic-archive.ts";

const root = mkdtempSync(join(tmpdir(), "synthetic-archive-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, count: number) =>
  writeSyntheticArchive({ dir: join(root, name), count, projectContent: "content" });

describe("writeSyntheticArchive", () => {
  const archive = write("a", 40);
  const reportsDir = join(archive.dir, "reports");
  const reports = readdirSync(reportsDir).map((name) => ({
    name,
    ...matter(readFileSync(join(reportsDir, name), "utf8")),
  }));

  it("writes the project's reports, then synthetic ones up to the count", () => {
    expect(reports).toHaveLength(40);
    expect(archive.realReports).toBe(readdirSync("content/reports").length);
    expect(reports.filter((report) => report.name.startsWith("synthetic-"))).toHaveLength(
      40 - archive.realReports,
    );
  });

  it("pins every report to a raw copy whose sha256 matches", () => {
    for (const report of reports) {
      const source = report.data["source"] as { file: string; sha256: string };
      expect(sha256(readFileSync(join(archive.dir, "sources", source.file))), report.name).toBe(
        source.sha256,
      );
    }
  });

  it("spells the same person several ways across reports, and repeats quotes", () => {
    const text = reports.map((report) => report.content).join("\n");
    const corpus = buildCorpus(20211107);
    const frequent = corpus.people[0];
    expect(frequent).toBeDefined();
    const used = [frequent?.name ?? "", ...(frequent?.spellings ?? [])].filter((spelling) =>
      text.includes(spelling),
    );
    expect(used.length).toBeGreaterThan(1);
    const quotes = [...text.matchAll(/“([^”]+)”/g)].map((match) => match[1]);
    expect(new Set(quotes).size).toBeLessThan(quotes.length);
  });

  it("accounts in every claim for every report, synthetic ones as not stating it", () => {
    const slugs = reports.map((report) => report.name.replace(/\.md$/, "")).sort();
    const claims = parse(readFileSync(join(archive.dir, "claims.yaml"), "utf8")) as {
      accounts: { report: string; notStated?: boolean }[];
    }[];
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.accounts.map((account) => account.report).sort()).toEqual(slugs);
      for (const account of claim.accounts.filter((a) => a.report.startsWith("synthetic-"))) {
        expect(account).toEqual({ report: account.report, notStated: true });
      }
    }
  });

  it("refuses a size too small for the reports the data files cite", () => {
    expect(() => write("small", 2)).toThrow(/cannot hold the project's 5 reports/);
  });

  it("is the same archive on every run", () => {
    const again = write("b", 40);
    const file = `${archive.editable.slug}.md`;
    expect(readFileSync(join(again.dir, "reports", file), "utf8")).toBe(
      readFileSync(join(reportsDir, file), "utf8"),
    );
  });
});

describe("claimsAccountingFor", () => {
  it("adds a not-stated account per report and keeps the rest", () => {
    const yaml = "- id: drones\n  question: How many?\n  accounts:\n    - report: a\n      notStated: true\n";
    expect(parse(claimsAccountingFor(yaml, ["s-1", "s-2"]))).toEqual([
      {
        id: "drones",
        question: "How many?",
        accounts: [
          { report: "a", notStated: true },
          { report: "s-1", notStated: true },
          { report: "s-2", notStated: true },
        ],
      },
    ]);
  });
});

describe("namesIn", () => {
  it("collects names and aliases at any depth, and nothing else", () => {
    const data = [
      {
        id: "kadhimi",
        name: "Mustafa al-Kadhimi",
        aliases: ["Kadhimi", "al-Kadhimi"],
        note: "Prime minister",
      },
      { id: "un", name: "United Nations", related: [{ label: "UNAMI" }] },
    ];
    expect(namesIn(data)).toEqual(["Mustafa al-Kadhimi", "Kadhimi", "al-Kadhimi", "United Nations", "UNAMI"]);
  });
});
