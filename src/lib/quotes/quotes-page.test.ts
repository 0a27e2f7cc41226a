import { describe, expect, it } from "vitest";
import type { SharedQuote } from "./shared-quotes.ts";
import { quoteColumns, quotePages, quotesInPageOrder } from "./quotes-page.ts";

const quote = (id: string, speaker: string | undefined, reports: string[]): SharedQuote => ({
  id,
  speaker,
  occurrences: reports.map((report, i) => ({ report, block: `p-${i + 1}`, start: 0, end: 5, text: "words" })),
  wordings: reports.map(() => 0),
  matches: [[0, 0]],
});

describe("the shared quotes page", () => {
  it("groups quotes by speaker, speakers in order of their first quote", () => {
    const quotes = [
      quote("a-1", "a", ["x", "y"]),
      quote("b-1", "b", ["x", "y"]),
      quote("a-2", "a", ["y", "z"]),
    ];
    expect(quotesInPageOrder(quotes).map((q) => q.id)).toEqual(["a-1", "a-2", "b-1"]);
  });

  it("puts each quote on its page, 20 to a page", () => {
    const quotes = Array.from({ length: 45 }, (_, i) => quote(`q-${i + 1}`, "a", ["x", "y"]));
    const pages = quotePages(quotes);
    expect([pages.get("q-1"), pages.get("q-20"), pages.get("q-21"), pages.get("q-45")]).toEqual([1, 1, 2, 3]);
  });

  it("gives the first reports a column each and lists the places of the rest", () => {
    const reports = Array.from({ length: 15 }, (_, i) => `r${i}`);
    const shown = quoteColumns(quote("q-1", "a", [...reports, "r0"]), 12);
    expect(shown.reports).toBe(15);
    expect(shown.columns.map((column) => column.report)).toEqual(reports.slice(0, 12));
    expect(shown.columns[0]?.spans).toHaveLength(2);
    expect(shown.others.map((span) => span.report)).toEqual(["r12", "r13", "r14"]);
    expect(shown.more).toBe(0);
  });

  it("lists a bounded number of further places and counts the rest", () => {
    const reports = Array.from({ length: 100 }, (_, i) => `r${i}`);
    const shown = quoteColumns(quote("q-1", "a", reports), 12, 48);
    expect(shown.others).toHaveLength(48);
    expect(shown.others[0]?.report).toBe("r12");
    expect(shown.more).toBe(40);
  });
});
