import { describe, expect, it } from "vitest";
import { loadEntityTable } from "../entities/table.ts";
import { committedReports, indexReports, SLUGS } from "../../../tests/lib/reports.ts";
import { quoteSpans } from "./attribution.ts";
import { findSharedQuotes, quoteWords } from "./shared-quotes.ts";

const entities = loadEntityTable();

function sharedQuotes(reports: { slug: string; body: string }[]) {
  const { quotes } = indexReports(reports, entities);
  return findSharedQuotes(
    quotes,
    entities,
    reports.map((report) => report.slug),
  );
}

describe("quote spans and words", () => {
  it("finds curly and straight double quotes, and runs an unclosed one to the end", () => {
    const spans = quoteSpans({ report: "r", block: "p-1", text: 'He said “one,” then "two" and “three' });
    expect(spans.map((span) => span.text)).toEqual(["one,", "two", "three"]);
  });

  it("normalizes case, apostrophes, contractions, hyphens and articles", () => {
    expect(quoteWords("Don’t build a future — no-one in Iraq’s")).toEqual([
      "do",
      "not",
      "build",
      "future",
      "no",
      "one",
      "in",
      "iraq's",
    ]);
  });
});

describe("findSharedQuotes", () => {
  it("links different cuts of one statement across reports and names the speaker", () => {
    const quotes = sharedQuotes([
      {
        slug: "post",
        body: "And President Biden called on the “perpetrators of this terrorist attack” to be held accountable.\n",
      },
      {
        slug: "ap",
        body: "“The perpetrators of this terrorist attack on the Iraqi state must be held accountable,” US president Joe Biden said.\n",
      },
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe("joe-biden");
    expect(quotes[0]?.occurrences.map((o) => `${o.report} ${o.block}`)).toEqual(["post p-1", "ap p-1"]);
  });

  it("does not link the same words given to different speakers", () => {
    const quotes = sharedQuotes([
      { slug: "afp", body: "The European Union said the perpetrators “must be held accountable.”\n" },
      { slug: "ap", body: "“The perpetrators must be held accountable,” Biden said.\n" },
    ]);
    expect(quotes).toEqual([]);
  });

  it("does not let a quotation without a speaker join two speakers' statements", () => {
    const quotes = sharedQuotes([
      { slug: "afp", body: "The European Union said the perpetrators “must be held accountable.”\n" },
      { slug: "wire", body: "Officials said the perpetrators “must be held accountable” soon.\n" },
      { slug: "ap", body: "“The perpetrators must be held accountable,” Biden said.\n" },
    ]);
    // The unattributed copy matches both; it joins the first group it meets, never both.
    expect(quotes).toHaveLength(1);
    const reports = quotes[0]?.occurrences.map((o) => o.report);
    expect(reports).toContain("wire");
    expect(reports).toHaveLength(2);
  });

  it("does not link a quotation with itself inside one report", () => {
    const quotes = sharedQuotes([
      { slug: "only", body: "“I am fine,” Kadhimi said.\n\nKadhimi said: “I am fine.”\n" },
    ]);
    expect(quotes).toEqual([]);
  });

  it("treats copies of one wording in many reports as one wording that matches itself", () => {
    const reports = Array.from({ length: 1500 }, (_, i) => ({
      slug: `r${i}`,
      body: `“We will not be deterred by cowardly rocket attacks,” Kadhimi said.\n`,
    }));
    reports.push({
      slug: "cut",
      body: "Kadhimi said he would “not be deterred by cowardly rocket attacks”.\n",
    });
    const quotes = sharedQuotes(reports);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.occurrences).toHaveLength(1501);
    // The 1,500 identical copies are wording 0, the cut is wording 1; both matched.
    expect(new Set(quotes[0]?.wordings)).toEqual(new Set([0, 1]));
    expect(quotes[0]?.matches).toEqual(
      expect.arrayContaining([
        [0, 0],
        [0, 1],
      ]),
    );
    expect(quotes[0]?.matches).toHaveLength(2);
  });
});

describe("shared quotes in the committed reports", () => {
  const quotes = sharedQuotes(committedReports());
  const bySpeaker = (speaker: string) => quotes.filter((quote) => quote.speaker === speaker);
  const reportsOf = (speaker: string) =>
    [...new Set(bySpeaker(speaker).flatMap((quote) => quote.occurrences.map((o) => o.report)))].sort();

  it("finds Biden's statement in the Post, AFP and AP reports", () => {
    expect(reportsOf("joe-biden")).toEqual([SLUGS.post, SLUGS.afp, SLUGS.ap].sort());
  });

  it("finds Sadr's, the prime minister's, Salih's, the State Department's and the Kataib Hezbollah official's", () => {
    expect(reportsOf("moqtada-al-sadr")).toEqual([SLUGS.post, SLUGS.afp, SLUGS.monitor, SLUGS.ap].sort());
    expect(reportsOf("mustafa-al-kadhimi")).toEqual(
      [SLUGS.unattributed, SLUGS.afp, SLUGS.monitor, SLUGS.ap].sort(),
    );
    expect(reportsOf("barham-salih")).toEqual([SLUGS.afp, SLUGS.monitor].sort());
    expect(reportsOf("ned-price")).toEqual([SLUGS.unattributed, SLUGS.monitor].sort());
    expect(reportsOf("abu-ali-al-askari")).toEqual([SLUGS.monitor, SLUGS.ap].sort());
  });

  it("gives every shared quote a speaker", () => {
    expect(quotes.filter((quote) => !quote.speaker)).toEqual([]);
  });
});
