import { describe, expect, it } from "vitest";
import { chromeProblem, normalizeCopyText, publishedCopyLines } from "./copy-text.ts";

describe("a copy's text as the archive reads it", () => {
  it("drops a byte-order mark and reads CRLF and CR-only line endings as LF", () => {
    expect(normalizeCopyText("\uFEFFOne\r\nTwo\rThree\n")).toBe("One\nTwo\nThree\n");
  });

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
