import { describe, expect, it } from "vitest";
import { formatSpread, median, spreadOf } from "./stats.ts";

describe("benchmark statistics", () => {
  it("takes the middle run, or the mean of the middle two", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(() => median([])).toThrow(/no measurements/);
  });

  it("gives the spread as the range over the median, and flags one wider than 10%", () => {
    const narrow = spreadOf([100, 104, 98]);
    expect(narrow).toEqual({ median: 100, min: 98, max: 104, spread: 0.06 });
    expect(formatSpread(narrow, 3, (value) => value.toFixed(0))).toBe("100 (98–104)");
    const wide = spreadOf([100, 125, 98]);
    expect(formatSpread(wide, 3, (value) => value.toFixed(0))).toBe("100 (98–125) !");
    expect(formatSpread(spreadOf([7]), 1, (value) => value.toFixed(1))).toBe("7.0");
  });
});
