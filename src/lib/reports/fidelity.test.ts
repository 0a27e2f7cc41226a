import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  copyLines,
  firstLineDifference,
  firstMissingSentence,
  normalizeSpace,
  removeChrome,
  sentences,
} from "./fidelity.ts";
import { bodyBlocks } from "./text.ts";
import matter from "gray-matter";

const raw = readFileSync("content/sources/002_3c470ac4067c215c.txt", "utf8");
const report = matter(readFileSync("content/reports/pm-escapes-assassination-attempt.md", "utf8"));
const chrome = report.data["removedChrome"] as string[];
const copy = removeChrome(raw, chrome);
const archived = [report.data["title"] as string, ...bodyBlocks(report.content)];
const page = archived.join("\n");

function replaceWord(text: string, from: string, to: string): string {
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  return changed;
}

describe("fidelity checks", () => {
  it("accept the archived AFP report as its copy", () => {
    expect(firstLineDifference(copyLines(copy), archived)).toBeUndefined();
    expect(firstMissingSentence(page, sentences(copy))).toBeUndefined();
  });

  it("catch one changed word in the page", () => {
    const changed = replaceWord(page, "two bodyguards were wounded", "three bodyguards were wounded");
    expect(firstMissingSentence(changed, sentences(copy))).toContain("two bodyguards were wounded");
  });

  it("catch one dropped word in the page", () => {
    const dropped = replaceWord(page, "an explosives-packed drone", "an drone");
    expect(firstMissingSentence(dropped, sentences(copy))).toContain("explosives-packed drone");
  });

  it("catch sentences out of order", () => {
    const [first = "", second = ""] = copyLines(copy).slice(2, 4);
    const swapped = page.replace(first, "FIRST").replace(second, first).replace("FIRST", second);
    expect(firstMissingSentence(swapped, sentences(copy))).toBeDefined();
  });

  it("catch one word added to the Markdown body", () => {
    const added = archived.map((line) =>
      line.replace("The attack has not been claimed", "The attack has not yet been claimed"),
    );
    expect(firstLineDifference(copyLines(copy), added)).toMatch(/not yet been claimed/);
  });

  it("catch a copy's line missing from the archive", () => {
    expect(firstLineDifference(copyLines(copy), archived.slice(0, -1))).toMatch(/archive has "\(nothing\)"/);
  });

  it("remove listed chrome only, and refuse chrome the copy does not carry", () => {
    expect(copy).not.toMatch(/^X$/m);
    expect(copy).not.toContain("Related Posts");
    expect(() => removeChrome(raw, ["Read More"])).toThrow(/"Read More" does not occur/);
  });

  it("split sentences after closing quotes and keep non-breaking spaces as written", () => {
    expect(sentences("He said “no.” Then\u00a0left. Done!")).toEqual([
      "He said “no.”",
      "Then\u00a0left.",
      "Done!",
    ]);
    expect(normalizeSpace(" a \n\t b ")).toBe("a b");
  });
});
