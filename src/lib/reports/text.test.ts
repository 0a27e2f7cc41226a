import { describe, expect, it } from "vitest";
import { bodyBlocks, bodyParagraphs } from "./text.ts";

const body = [
  "First \\[bracketed] paragraph.",
  "## ‘Cowardly’",
  ':::caption{credit="A/AP"}\nA caption (A/AP)\n:::',
  "Second paragraph.",
].join("\n\n");

describe("report text", () => {
  it("reads each block's text with Markdown escapes resolved", () => {
    expect(bodyBlocks(body)).toEqual([
      "First [bracketed] paragraph.",
      "‘Cowardly’",
      "A caption (A/AP)",
      "Second paragraph.",
    ]);
  });

  it("counts paragraphs as the page numbers them", () => {
    expect(bodyParagraphs(body)).toEqual(["First [bracketed] paragraph.", "Second paragraph."]);
  });
});
