import { describe, expect, it } from "vitest";
import { formatNameGroups, otherSpellings, parseNameGroups } from "./spellings.ts";

const GROUPS = [
  ["Barham Salih", "Barham Saleh", "Salih"],
  ["Mustafa al-Kadhimi", "Mustafa al-Kadhemi", "Kadhimi", "Kadhemi"],
  ["United States", "US", "U.S."],
];

describe("name groups in the names meta", () => {
  it("round-trips through the meta's text", () => {
    const text = formatNameGroups(GROUPS);
    expect(text).toBe(
      "Barham Salih, Barham Saleh, Salih; Mustafa al-Kadhimi, Mustafa al-Kadhemi, Kadhimi, Kadhemi; United States, US, U.S.",
    );
    expect(parseNameGroups(text)).toEqual(GROUPS);
    expect(parseNameGroups("")).toEqual([]);
  });
});

describe("otherSpellings", () => {
  it("gives every spelling of the name a typed word belongs to", () => {
    expect(otherSpellings(["Saleh"], GROUPS)).toEqual(["Barham Salih", "Barham Saleh", "Salih"]);
    expect(otherSpellings(["kadhemi"], GROUPS)).toEqual(GROUPS[1]);
  });

  it("matches whole words inside a longer query or a hyphenated spelling", () => {
    expect(otherSpellings(["drone Kadhemi attack"], GROUPS)).toEqual(GROUPS[1]);
    expect(otherSpellings(["Kadhem"], GROUPS)).toEqual([]);
  });

  it("ignores words too short to tell one name from another", () => {
    expect(otherSpellings(["al"], GROUPS)).toEqual([]);
    expect(otherSpellings(["us"], GROUPS)).toEqual([]);
    expect(otherSpellings([""], GROUPS)).toEqual([]);
  });

  it("gives nothing for words that are no name", () => {
    expect(otherSpellings(["drone"], GROUPS)).toEqual([]);
  });
});
