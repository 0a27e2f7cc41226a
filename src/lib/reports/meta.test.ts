import { describe, expect, it } from "vitest";
import { describeDate, displayTitle, labelsFor, sortDate } from "./meta.ts";
import { countWords, formatDate, readingMinutes } from "../format.ts";

describe("report labels", () => {
  it("brackets titles the copy does not print", () => {
    expect(displayTitle("Printed", "printed")).toBe("Printed");
    expect(displayTitle("From elsewhere", "republication")).toBe("[From elsewhere]");
    expect(displayTitle("Ours", "supplied")).toBe("[Ours]");
  });

  it("describes a known date, a range, and no date", () => {
    expect(describeDate({ basis: "stated", date: "2021-11-07", note: "n" })).toBe("7 November 2021");
    expect(describeDate({ basis: "unknown", earliest: "2021-11-07", latest: "2021-11-09", note: "n" })).toBe(
      "Between 7 November 2021 and 9 November 2021",
    );
    expect(describeDate({ basis: "unknown", earliest: "2021-11-07", note: "n" })).toBe(
      "Not before 7 November 2021",
    );
    expect(describeDate({ basis: "unknown", note: "n" })).toBe("Date unknown");
  });

  it("sorts undated reports by their earliest possible day, and unknown last", () => {
    expect(sortDate({ basis: "unknown", earliest: "2021-11-07", latest: "2021-11-09", note: "n" })).toBe(
      "2021-11-07",
    );
    expect(sortDate({ basis: "unknown", note: "n" })).toBe("9999-12-31");
  });

  it("counts words and reading time", () => {
    expect(countWords("  BAGHDAD — An overnight\ndrone strike ")).toBe(5);
    expect(countWords("")).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1053)).toBe(5);
    expect(formatDate("2021-10-10")).toBe("10 October 2021");
  });
});

describe("labelsFor", () => {
  it("keeps the labels of the given reports only, falling back to the slug", () => {
    const labels = new Map([
      ["afp", "AFP"],
      ["post", "Washington Post"],
    ]);
    expect([...labelsFor(labels, ["post", "new-report"])]).toEqual([
      ["post", "Washington Post"],
      ["new-report", "new-report"],
    ]);
  });
});
