import { describe, expect, it } from "vitest";
import { editDistance, suggestQueries } from "./suggest.ts";

const WORDS = ["drone", "Kadhimi", "Sadr", "Hezbollah", "Baghdad", "Kadhemi", "said", "sadly", "dome"];

describe("typo suggestions", () => {
  it("counts a letter added, dropped, changed or two swapped as one edit", () => {
    expect(editDistance("kadimi", "kadhimi")).toBe(1);
    expect(editDistance("sadir", "sadr")).toBe(1);
    expect(editDistance("hizbollah", "hezbollah")).toBe(1);
    expect(editDistance("bahgdad", "baghdad")).toBe(1);
    expect(editDistance("drone", "drone")).toBe(0);
    expect(editDistance("kadhimi", "hezbollah")).toBe(3);
  });

  it("offers the nearest known words for words it does not know", () => {
    expect(suggestQueries("Kadimi", WORDS)).toEqual(["Kadhimi"]);
    expect(suggestQueries("Kadhami", WORDS)).toEqual(["Kadhimi", "Kadhemi"]);
    expect(suggestQueries("Sadir", WORDS)).toEqual(["Sadr"]);
    expect(suggestQueries("Hizbollah", WORDS)).toEqual(["Hezbollah"]);
  });

  it("keeps the rest of the query, and leaves known words alone", () => {
    expect(suggestQueries("drone Hizbollah", WORDS)).toEqual(["drone Hezbollah"]);
    expect(suggestQueries("drone", WORDS)).toEqual([]);
    expect(suggestQueries("quadcopter", WORDS)).toEqual([]);
  });

  it("allows a short word one edit only", () => {
    expect(suggestQueries("dron", WORDS)).toEqual(["drone"]);
    expect(suggestQueries("dime", WORDS)).toEqual(["dome"]);
    expect(suggestQueries("dune", WORDS)).toEqual([]);
  });
});
