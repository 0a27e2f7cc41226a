import { describe, expect, it } from "vitest";
import { afterDateline, mentionsToLink } from "./link-rule.ts";
import type { TextMatch } from "./matcher.ts";

/** Mentions of the given names, found in order in `text`. */
function mentions(text: string, names: Record<string, string>): TextMatch[] {
  return Object.entries(names)
    .flatMap(([spelling, entity]) =>
      [...text.matchAll(new RegExp(spelling, "g"))].map((found) => ({
        start: found.index,
        end: found.index + spelling.length,
        entity,
        spelling,
      })),
    )
    .sort((a, b) => a.start - b.start);
}

const linked = (text: string, names: Record<string, string>, seen: string[] = [], from = 0) =>
  mentionsToLink(mentions(text, names), text, new Set(seen), from).map((m) => `${m.spelling}@${m.start}`);

describe("the linking rule", () => {
  it("links an entity once, and not when it was linked earlier in the report", () => {
    expect(linked("Iraq and Iraq.", { Iraq: "iraq" })).toEqual(["Iraq@0"]);
    expect(linked("Iraq and Iran.", { Iraq: "iraq", Iran: "iran" }, ["iraq"])).toEqual(["Iran@9"]);
  });

  it("keeps the longer of two names side by side; the other waits for its next mention", () => {
    const text = "the Baghdad Green Zone, in Baghdad";
    expect(linked(text, { Baghdad: "baghdad", "Green Zone": "green-zone" })).toEqual([
      "Green Zone@12",
      "Baghdad@27",
    ]);
  });

  it("skips what lies before `from`, the dateline", () => {
    const text = "BAGHDAD — A drone hit Baghdad.";
    const from = afterDateline(text, "BAGHDAD");
    expect(from).toBe(10);
    expect(linked(text, { BAGHDAD: "baghdad", Baghdad: "baghdad" }, [], from)).toEqual(["Baghdad@22"]);
    expect(afterDateline("Baghdad is calm.", "BAGHDAD")).toBe(0);
    expect(afterDateline("BAGHDAD — x", undefined)).toBe(0);
  });
});
