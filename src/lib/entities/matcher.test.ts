import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { bodyBlockNodes, parseBody } from "../reports/text.ts";
import { blockMentions, createMatcher, firstMentions, matchText } from "./matcher.ts";
import type { Entity } from "./schema.ts";

const entities: Entity[] = [
  {
    id: "sadr",
    name: "Moqtada al-Sadr",
    kind: "person",
    description: "x",
    aliases: ["Moqtada al-Sadr", "Sadr"],
  },
  { id: "us", name: "United States", kind: "country", description: "x", aliases: ["U.S.", "US"] },
  { id: "embassy", name: "US Embassy", kind: "place", description: "x", aliases: ["U.S. Embassy"] },
  { id: "is", name: "Islamic State", kind: "group", description: "x", aliases: ["IS"] },
];
const matcher = createMatcher(entities);
const found = (text: string) =>
  matchText(text, matcher).map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);

describe("entity matcher", () => {
  it("prefers the longest alias", () => {
    expect(found("Moqtada al-Sadr and Sadr near the U.S. Embassy of the U.S.")).toEqual([
      "Moqtada al-Sadr=sadr",
      "Sadr=sadr",
      "U.S. Embassy=embassy",
      "U.S.=us",
    ]);
  });

  it("takes whole words only, case for case, and leaves hyphenated compounds alone", () => {
    expect(found("Sadrist, this is IS, U.S.-led, US-backed, al-Sadr.")).toEqual(["IS=is"]);
  });

  it("includes possessives, straight or curly, and reports the spelling without them", () => {
    const matches = matchText("Sadr’s men and Sadr's", matcher);
    expect(matches.map((m) => m.spelling)).toEqual(["Sadr", "Sadr"]);
    expect(matches.map((m) => m.end - m.start)).toEqual([6, 6]);
  });

  it("gives offsets in the block's text, skipping text inside links", () => {
    const [block] = bodyBlockNodes(parseBody("*Sadr* met [Sadr](https://x) and the US.\n"));
    if (!block) throw new Error("no block");
    const mentions = blockMentions(block.node, matcher);
    const text = toString(block.node);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Sadr", "US"]);
  });

  it("chooses the first mention of each entity for linking", () => {
    const mentions = matchText("Sadr, the US, Sadr, IS", matcher);
    expect(firstMentions(mentions).map((m) => m.entity)).toEqual(["sadr", "us", "is"]);
  });
});
