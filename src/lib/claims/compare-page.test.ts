import { describe, expect, it } from "vitest";
import { chartedClaims, claimsForReports } from "./compare-page.ts";
import type { Claim } from "./schema.ts";

const cite = [{ paragraph: 1, snippet: "drones" }];
const claim: Claim = {
  id: "drones",
  question: "How many drones?",
  unit: "drones",
  accounts: [
    { report: "a", says: "three", value: 3, cite },
    { report: "b", says: "one", value: 1, cite },
    { report: "c", notStated: true },
  ],
  position: 0,
};

describe("claimsForReports", () => {
  it("keeps the page's reports' accounts and their bars on the whole claim's scale", () => {
    const [onPage] = claimsForReports(chartedClaims([claim]), new Set(["b", "c"]));
    expect(onPage?.claim.accounts.map((account) => account.report)).toEqual(["b", "c"]);
    // "one" of a largest "three" elsewhere in the archive: a third of the track, not all of it.
    expect(onPage?.rows).toEqual([expect.objectContaining({ report: "b", share: 1 / 3 })]);
    expect(claim.accounts).toHaveLength(3);
  });
});
