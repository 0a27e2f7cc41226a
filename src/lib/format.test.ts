import { describe, expect, it } from "vitest";
import { formatCount, formatDate } from "./format.ts";

describe("formatCount", () => {
  it("puts the noun in the plural unless the count is one, with thousands separated", () => {
    expect(formatCount(1, "report")).toBe("1 report");
    expect(formatCount(0, "report")).toBe("0 reports");
    expect(formatCount(2500, "other place")).toBe("2,500 other places");
  });
});

describe("formatDate", () => {
  it("writes the day in words, the same in every time zone", () => {
    expect(formatDate("2021-11-07")).toBe("7 November 2021");
  });
});
