import { describe, expect, it } from "vitest";
import { copyLines } from "./fidelity.ts";
import { chromeProblem, normalizeCopy, publishedCopyLines } from "./copy-text.ts";

describe("normalizeCopy: a copy's text as the importer and the gate read it", () => {
  it.each([
    ["a\nb\n", "a\nb\n", {}],
    ["a\r\nb\r\n", "a\nb\n", { lineEndings: "crlf" }],
    ["a\rb\r", "a\nb\n", { lineEndings: "cr" }],
    ["a\r\nb\rc\n", "a\nb\nc\n", { lineEndings: "mixed" }],
    ["a\r\nb\n", "a\nb\n", { lineEndings: "mixed" }],
    ["\uFEFFa\n", "a\n", { bom: true }],
    ["\uFEFFa\rb", "a\nb", { lineEndings: "cr", bom: true }],
    ["\uFEFFOne\r\nTwo\rThree\n", "One\nTwo\nThree\n", { lineEndings: "mixed", bom: true }],
    ["a\uFEFFb", "a\uFEFFb", {}],
  ])("%j", (raw, text, normalized) => {
    expect(normalizeCopy(raw)).toEqual({ text, normalized });
  });

  it("gives the fidelity checks and the gate the lines the importer drafts from", () => {
    const raw = "\uFEFFHead\rBody line.\r";
    expect(copyLines(normalizeCopy(raw).text)).toEqual(["Head", "Body line."]);
    expect(publishedCopyLines(raw, []).map((line) => line.text)).toEqual(["Head", "Body line."]);
  });
});

describe("a copy's lines as the archive publishes them", () => {
  it("gives the lines to publish with their line numbers, chrome cut where it occurs", () => {
    const copy = "Headline\n\nFirst paragraph. Read More\nX\nSecond paragraph.\r\n";
    expect(publishedCopyLines(copy, ["Read More", "X"])).toEqual([
      { line: 1, text: "Headline" },
      { line: 3, text: "First paragraph." },
      { line: 5, text: "Second paragraph." },
    ]);
  });

  it("refuses a chrome entry the copy does not hold, or holds only out of order", () => {
    expect(chromeProblem("A\nB\n", ["Advertisement"])?.message).toMatch(/does not occur in the copy/);
    expect(chromeProblem("A\nB\n", ["B", "A"])).toMatchObject({ index: 1, message: /copy's order/ });
    expect(() => publishedCopyLines("A\n", ["Z"])).toThrow(/removedChrome\[0\]/);
  });
});
