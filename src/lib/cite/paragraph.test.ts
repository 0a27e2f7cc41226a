import { describe, expect, it } from "vitest";
import { paragraphCitation } from "./paragraph.ts";

describe("a paragraph's citation", () => {
  it("names the outlet, the title as shown, the paragraph and its address", () => {
    expect(
      paragraphCitation(
        "AP",
        "[Tension rising in Iraq after failed assassination bid of PM]",
        5,
        "https://archive.example.org/reports/tension/#p-2",
      ),
    ).toBe(
      "AP, '[Tension rising in Iraq after failed assassination bid of PM]', ¶5, https://archive.example.org/reports/tension/#p-5",
    );
  });
});
