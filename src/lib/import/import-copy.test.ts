import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tempDir } from "../../../tests/lib/temp-dir.ts";
import { join } from "node:path";
import matter from "gray-matter";
import { beforeEach, describe, expect, it } from "vitest";
import { importCopy } from "./import-copy.ts";

const SOURCES = "content/sources";
const REPORTS = "content/reports";

function committedReports() {
  return readdirSync(REPORTS).map((name) => {
    const { data, content } = matter(readFileSync(join(REPORTS, name), "utf8"));
    return { slug: name.replace(/\.md$/, ""), data, content };
  });
}

let work: string;
beforeEach(() => {
  work = tempDir("import");
});

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("importer on the five copies", () => {
  it.each(committedReports())("reproduces the committed body of $slug", (report) => {
    const source = report.data["source"] as { file: string; sha256: string };
    const result = importCopy({ file: join(SOURCES, source.file), contentDir: work, slug: report.slug });
    const draft = matter(readFileSync(result.reportPath, "utf8"));

    expect(draft.content).toBe(report.content);
    expect(draft.data["source"]).toEqual(source);
    expect(draft.data["removedChrome"]).toEqual(report.data["removedChrome"]);
    expect(draft.data["dek"]).toEqual(report.data["dek"]);
    expect(draft.data["dateline"]).toEqual(report.data["dateline"]);
    if (report.data["titleSource"] === "printed") expect(draft.data["title"]).toBe(report.data["title"]);
    expect(draft.data["review"]).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(readFileSync(result.sourcePath)).toEqual(readFileSync(join(SOURCES, source.file)));
  });
});

describe("importer refuses bad input and overwrites nothing", () => {
  function expectRefusal(file: string, message: RegExp) {
    mkdirSync(join(work, "reports"), { recursive: true });
    writeFileSync(join(work, "reports", "existing.md"), "kept");
    const before = listing(work);
    expect(() => importCopy({ file, contentDir: work })).toThrow(message);
    expect(listing(work)).toEqual(before);
    expect(readFileSync(join(work, "reports", "existing.md"), "utf8")).toBe("kept");
  }

  it("a missing file", () => {
    expectRefusal(join(work, "nope.txt"), /nope\.txt: file not found/);
  });

  it("an empty file", () => {
    writeFileSync(join(work, "empty.txt"), "");
    expectRefusal(join(work, "empty.txt"), /empty\.txt: file is empty/);
  });

  it("a file of white space", () => {
    writeFileSync(join(work, "blank.txt"), "\n  \n");
    expectRefusal(join(work, "blank.txt"), /blank\.txt: file has no text/);
  });

  it("a file that is not UTF-8", () => {
    writeFileSync(
      join(work, "latin1.txt"),
      Buffer.from([0x42, 0x61, 0x67, 0x68, 0x64, 0x61, 0x64, 0xe9, 0x0a]),
    );
    expectRefusal(
      join(work, "latin1.txt"),
      /latin1\.txt: file is not valid UTF-8 text \(invalid byte at offset 7\)/,
    );
  });

  it("a binary file", () => {
    writeFileSync(join(work, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expectRefusal(join(work, "image.txt"), /image\.txt: file is binary/);
  });

  it("a copy imported already (same sha256), even under another name", () => {
    const first = importCopy({ file: join(SOURCES, "001_ae1f1351d33526cf.txt"), contentDir: work });
    copyFileSync(join(SOURCES, "001_ae1f1351d33526cf.txt"), join(work, "renamed.txt"));
    const before = listing(work);
    expect(() => importCopy({ file: join(work, "renamed.txt"), contentDir: work })).toThrow(
      new RegExp(`already imported as .*${first.reportPath.split("/").at(-1)}`),
    );
    expect(listing(work)).toEqual(before);
  });

  it("a draft whose report file exists", () => {
    mkdirSync(join(work, "reports"), { recursive: true });
    writeFileSync(join(work, "reports", "taken.md"), "kept");
    expect(() =>
      importCopy({ file: join(SOURCES, "001_ae1f1351d33526cf.txt"), contentDir: work, slug: "taken" }),
    ).toThrow(/taken\.md exists already/);
    expect(readFileSync(join(work, "reports", "taken.md"), "utf8")).toBe("kept");
  });
});
