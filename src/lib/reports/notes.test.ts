import { describe, expect, it } from "vitest";
import type { Claim } from "../claims/schema.ts";
import { claimNotes, claimOthersNotListed, noteSummary, QUOTE_PLACES_SHOWN, quoteNotes } from "./notes.ts";
import type { QuoteSpan } from "../quotes/attribution.ts";
import type { SharedQuote } from "../quotes/shared-quotes.ts";

const span = (report: string, block: string): QuoteSpan => ({
  report,
  block,
  start: 0,
  end: 5,
  text: "words",
});

describe("quoteNotes", () => {
  it("names the paragraphs whose wording matched, never the paragraph's own report", () => {
    const quote: SharedQuote = {
      id: "q-1",
      speaker: "someone",
      occurrences: [span("a", "p-1"), span("a", "p-4"), span("b", "p-2"), span("c", "p-3")],
      // a's two paragraphs and b share one wording; c's wording matched only b's.
      wordings: [0, 0, 0, 1],
      matches: [
        [0, 0],
        [0, 1],
      ],
    };
    const notes = quoteNotes([quote]);
    expect(notes.get("a")?.get("p-1")).toEqual([
      {
        quote: "q-1",
        page: 1,
        speaker: "someone",
        others: [
          { report: "b", block: "p-2" },
          { report: "c", block: "p-3" },
        ],
        more: 0,
      },
    ]);
    expect(notes.get("c")?.get("p-3")?.[0]?.others).toEqual([
      { report: "a", block: "p-1" },
      { report: "a", block: "p-4" },
      { report: "b", block: "p-2" },
    ]);
  });

  it("names a wording's copies only when they matched each other", () => {
    const quote: SharedQuote = {
      id: "q-1",
      occurrences: [span("a", "p-1"), span("b", "p-1"), span("c", "p-1")],
      wordings: [0, 0, 1],
      matches: [[0, 1]],
    };
    expect(quoteNotes([quote]).get("a")?.get("p-1")?.[0]?.others).toEqual([{ report: "c", block: "p-1" }]);
  });

  it("lists the first places of a statement repeated across the archive and counts the rest", () => {
    const reports = Array.from({ length: 500 }, (_, i) => `r${String(i).padStart(3, "0")}`);
    const quote: SharedQuote = {
      id: "q-1",
      occurrences: reports.map((report) => span(report, "p-1")),
      wordings: reports.map(() => 0),
      matches: [[0, 0]],
    };
    const notes = quoteNotes([quote]);
    const first = notes.get("r000")?.get("p-1")?.[0];
    expect(first?.others.map((ref) => ref.report)).toEqual(reports.slice(1, QUOTE_PLACES_SHOWN + 1));
    expect(first?.more).toBe(499 - QUOTE_PLACES_SHOWN);
    const later = notes.get("r003")?.get("p-1")?.[0];
    expect(later?.others.map((ref) => ref.report)).not.toContain("r003");
    expect((later?.others.length ?? 0) + (later?.more ?? 0)).toBe(499);
  });
});

describe("claimNotes", () => {
  const stated = (report: string, says: string) => ({
    report,
    says,
    cite: [{ paragraph: 2, snippet: says }],
  });
  const claim = (accounts: Claim["accounts"]): Claim =>
    ({ id: "drones", question: "How many drones?", accounts }) as unknown as Claim;

  it("lists every other report's version when there are few", () => {
    const notes = claimNotes([
      claim([stated("a", "two"), { report: "b", notStated: true }, stated("c", "three")]),
    ]);
    expect(notes.get("a")?.get("p-2")?.[0]).toMatchObject({
      says: "two",
      others: [{ report: "b" }, { report: "c", says: "three", block: "p-2" }],
      more: 0,
      moreStating: 0,
    });
  });

  it("lists only those that state the claim once the others do not all fit, and counts the rest", () => {
    const silent = Array.from({ length: 300 }, (_, i) => ({ report: `s${i}`, notStated: true as const }));
    const notes = claimNotes([
      claim([...silent.slice(0, 10), stated("a", "two"), ...silent.slice(10), stated("c", "three")]),
    ]);
    const note = notes.get("a")?.get("p-2")?.[0];
    expect(note?.others.map((other) => other.report)).toEqual(["c"]);
    expect(note?.more).toBe(300);
    expect(note?.moreStating).toBe(0);
    expect(claimOthersNotListed(note ?? { more: 0, moreStating: 0 })).toBe(
      "and 300 other reports that do not state it",
    );
  });
});

describe("claimNotes when many reports state the claim", () => {
  it("counts those beyond the list that state it too", () => {
    const accounts = Array.from({ length: 20 }, (_, i) => ({
      report: `r${i}`,
      says: `${i}`,
      cite: [{ paragraph: 1, snippet: `${i}` }],
    }));
    const notes = claimNotes([{ id: "drones", question: "How many?", accounts } as unknown as Claim]);
    const note = notes.get("r0")?.get("p-1")?.[0];
    expect(note?.others.map((other) => other.report)).toEqual(["r1", "r2", "r3", "r4", "r5", "r6"]);
    expect(note?.more).toBe(13);
    expect(note?.moreStating).toBe(13);
  });
});

describe("claimOthersNotListed", () => {
  it("says whether the reports it does not list state the claim", () => {
    expect(claimOthersNotListed({ more: 4993, moreStating: 0 })).toBe(
      "and 4,993 other reports that do not state it",
    );
    expect(claimOthersNotListed({ more: 1, moreStating: 0 })).toBe(
      "and 1 other report that does not state it",
    );
    expect(claimOthersNotListed({ more: 13, moreStating: 13 })).toBe("and 13 other reports that state it");
    expect(claimOthersNotListed({ more: 1, moreStating: 1 })).toBe("and 1 other report that states it");
    expect(claimOthersNotListed({ more: 300, moreStating: 13 })).toBe(
      "and 300 other reports, 13 of them stating it",
    );
  });
});

describe("noteSummary", () => {
  const labels = new Map([
    ["a", "AP"],
    ["b", "AFP"],
    ["c", "Al-Monitor"],
    ["d", "Washington Post"],
  ]);
  const quote = (...reports: string[]) => ({
    quote: "q",
    page: 1,
    others: reports.map((report) => ({ report, block: "p-1" })),
    more: 0,
  });
  const claim = {
    claim: "drones",
    question: "How many drones?",
    says: "Three",
    others: [],
    more: 0,
    moreStating: 0,
  };

  it("leaves one quotation in a few other reports open, as a line", () => {
    expect(noteSummary([quote("a", "b")], [], labels).folded).toBe(false);
  });

  it("folds two quotations, many places or any claim into one note that says what it holds", () => {
    expect(noteSummary([quote("a", "b"), quote("c")], [], labels)).toEqual({
      folded: true,
      summary: "Also quoted in AP, AFP, Al-Monitor",
    });
    expect(noteSummary([quote("a", "b", "c", "d")], [], labels).summary).toBe(
      "Also quoted in AP, AFP, Al-Monitor and others",
    );
    expect(noteSummary([quote("a")], [claim], labels)).toEqual({
      folded: true,
      summary: "Also quoted in AP · Other reports differ: How many drones?",
    });
  });
});
