import { describe, expect, it } from "vitest";
import { claimProblems } from "./validate.ts";
import type { Claim } from "./schema.ts";

const paragraphs = new Map([
  ["afp", ["Three drones were launched.", "Two bodyguards were wounded."]],
  ["ap", ["Seven guards were wounded by at least two armed drones."]],
]);

const claim = (accounts: Claim["accounts"]): Claim => ({
  id: "drones",
  question: "How many drones?",
  accounts,
  position: 0,
});

describe("claimProblems", () => {
  it("accepts snippets found in their cited paragraphs", () => {
    const ok = claim([
      { report: "afp", says: "Three", value: 3, cite: [{ paragraph: 1, snippet: "Three drones" }] },
      { report: "ap", says: "At least two", cite: [{ paragraph: 1, snippet: "at least two armed drones" }] },
    ]);
    expect(claimProblems([ok], paragraphs)).toEqual([]);
  });

  it("fails a snippet that is not in the cited paragraph, naming file, claim, field and where it is", () => {
    const bad = claim([
      { report: "afp", says: "Three", cite: [{ paragraph: 2, snippet: "Three drones" }] },
      { report: "ap", notStated: true },
    ]);
    expect(claimProblems([bad], paragraphs, "content/claims.yaml")).toEqual([
      'content/claims.yaml: claim "drones", accounts[0].cite[0]: snippet "Three drones" is not in paragraph 2 of "afp" (it is in paragraph 1)',
    ]);
  });

  it("fails a paragraph beyond the report's end, an unknown report, and a report left out", () => {
    const bad = claim([
      { report: "afp", says: "Three", cite: [{ paragraph: 9, snippet: "Three" }] },
      { report: "reuters", notStated: true },
    ]);
    expect(claimProblems([bad], paragraphs, "claims.yaml")).toEqual([
      'claims.yaml: claim "drones", accounts[0].cite[0]: report "afp" has 2 paragraphs, not 9',
      'claims.yaml: claim "drones", accounts[1].report: report "reuters" does not exist',
      'claims.yaml: claim "drones", accounts: report "ap" is missing (give what it says, or notStated: true)',
    ]);
  });
});
