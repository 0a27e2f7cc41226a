import { describe, expect, it } from "vitest";
import { indexReports } from "../../../tests/lib/reports.ts";
import { loadEntityTable } from "../entities/table.ts";
import { attributeQuotes, speakerInfo } from "./attribution.ts";

const entities = loadEntityTable();

/** Each quotation of a report body (paragraphs one a line) with the speaker the rules give it. */
function speakers(...paragraphs: string[]): [quote: string, speaker: string | undefined][] {
  const { quotes } = indexReports([{ slug: "r", body: paragraphs.join("\n\n") }], entities);
  return quotes.map((quote) => [quote.text, quote.speaker]);
}

/*
 * One table per rule of attributeQuotes, each row a report's paragraphs and
 * what its quotations should be given.
 */
describe("attributeQuotes", () => {
  it.each([
    ["name then speech verb", ["“We stand with Iraq,” Biden said."], [["We stand with Iraq,", "joe-biden"]]],
    [
      "speech verb then name",
      ["“A cowardly act,” said Khatibzadeh."],
      [["A cowardly act,", "saeed-khatibzadeh"]],
    ],
    [
      "speech verb a few words after “said”",
      ["“A cowardly act,” said spokesman Saeed Khatibzadeh."],
      [["A cowardly act,", "saeed-khatibzadeh"]],
    ],
    [
      "name, aside, then speech verb",
      ["Abu Ali al-Askari, a senior leader of the group, questioned “who would benefit”."],
      [["who would benefit", "abu-ali-al-askari"]],
    ],
    [
      "another speech verb",
      ["Biden condemned “this terrorist attack”."],
      [["this terrorist attack", "joe-biden"]],
    ],
    [
      "a body speaks when no person does",
      ["The European Union said the perpetrators “must be held accountable”."],
      [["must be held accountable", "european-union"]],
    ],
  ])("a name beside a speech verb speaks: %s", (_rule, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });

  it.each([
    [
      "a person before a body, however near the body",
      ["Biden said the European Union said “enough”."],
      [["enough", "joe-biden"]],
    ],
    [
      "the nearest person",
      ["Biden said “one”, and later Kadhimi said “two”."],
      [
        ["one", "joe-biden"],
        ["two", "mustafa-al-kadhimi"],
      ],
    ],
  ])("among speakers, the choice: %s", (_rule, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });

  it.each([
    [
      "a quotation given to “he”",
      ["Biden said “one”.", "“Two,” he added."],
      [
        ["one", "joe-biden"],
        ["Two,", "joe-biden"],
      ],
    ],
    [
      "a paragraph that is one whole quotation",
      ["Biden said “one”.", "“Two.”"],
      [
        ["one", "joe-biden"],
        ["Two.", "joe-biden"],
      ],
    ],
    [
      "the last person named, when the paragraph's quotation had no speaker",
      ["Kadhimi was unhurt.", "“Calm must prevail.”"],
      [["Calm must prevail.", "mustafa-al-kadhimi"]],
    ],
  ])("the previous paragraph's speaker continues: %s", (_rule, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });

  it.each([
    [
      "no name beside a speech verb",
      ["The statement read “calm must prevail”."],
      [["calm must prevail", undefined]],
    ],
    [
      "a name inside the quotation",
      ["“Biden said nothing,” a witness recalled."],
      [["Biden said nothing,", undefined]],
    ],
    ["a place does not speak", ["Baghdad said “calm must prevail”."], [["calm must prevail", undefined]]],
    [
      "a paragraph with its own quotation and no speaker does not continue the last",
      ["Biden said “one”.", "Officials called it “an outrage” in a statement."],
      [
        ["one", "joe-biden"],
        ["an outrage", undefined],
      ],
    ],
  ])("otherwise the speaker is unknown: %s", (_rule, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });

  it("does not carry a speaker from one report into the next", () => {
    const blocks = [
      { report: "a", block: "p-1", text: "Biden said “one”." },
      { report: "b", block: "p-1", text: "“Two.”" },
    ];
    const biden = { report: "a", block: "p-1", entity: "joe-biden", start: 0, end: 5 };
    expect(attributeQuotes(blocks, [biden], speakerInfo(entities)).speakers).toEqual([
      "joe-biden",
      undefined,
    ]);
  });
});
