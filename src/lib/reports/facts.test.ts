import { describe, expect, it } from "vitest";
import { collectionFacts } from "./facts.ts";

const report = (outlet: "stated" | "attributed" | "unknown", dated: boolean, byline = false) => ({
  outlet: outlet === "unknown" ? { basis: outlet, note: "n" } : { basis: outlet, name: "X", note: "n" },
  author: byline ? { basis: "stated" as const, name: "A" } : undefined,
  published: dated
    ? { basis: "stated" as const, date: "2021-11-07", note: "n" }
    : { basis: "unknown" as const, note: "n" },
});

describe("what pages say about the collection", () => {
  it("says what the five reports are, as the archive holds them", () => {
    const five = [report("attributed", false), report("attributed", true), report("unknown", false)];
    five.push(report("attributed", false), report("attributed", false));
    const facts = collectionFacts(five as never);
    expect(facts.reports).toBe(5);
    expect(facts.sentence).toBe("none carries a byline, and only one carries a date.");
    expect(facts.outletSentence).toBe(
      "The copies name no outlet. Four outlets come from matching the text against public republications of the same story.",
    );
  });

  it("changes what it says when a sixth report changes the facts", () => {
    const six = [report("stated", true, true), report("attributed", true), report("attributed", false)];
    six.push(report("attributed", false), report("attributed", false), report("unknown", false));
    const facts = collectionFacts(six as never);
    expect(facts.sentence).toBe("only one carries a byline, and two carry a date.");
    expect(facts.outletSentence).toMatch(/^One copy of six names its outlet\. Four outlets come/);
  });
});
