import { describe, expect, it } from "vitest";
import { splitBodyHtml } from "./body-html.ts";

const BODY = [
  '<p id="p-1" class="para">One <a href="/e/">Sadr</a>.</p>',
  "<h2>Head</h2>",
  '<figure class="report-figure" id="fig-1"><p>A p inside</p><figcaption>F</figcaption></figure>',
  '<p id="p-2" class="para">Two id="p-9" &#x3C;p id="p-9"></p>',
  '<p id="p-10" class="para">Ten.</p>',
].join("\n");

describe("splitBodyHtml", () => {
  it("cuts straight after each noted block, keeping every character", () => {
    const blocks = splitBodyHtml(BODY, ["fig-1", "p-1"]);
    expect(blocks.map((block) => block.id)).toEqual(["p-1", "fig-1", undefined]);
    expect(blocks[0]?.html).toBe('<p id="p-1" class="para">One <a href="/e/">Sadr</a>.</p>');
    expect(blocks[1]?.html.endsWith("<figcaption>F</figcaption></figure>")).toBe(true);
    expect(blocks.map((block) => block.html).join("")).toBe(BODY);
  });

  it("finds a block by its own tag, not by text that looks like one", () => {
    expect(splitBodyHtml(BODY, ["p-1"]).map((block) => block.id)).toEqual(["p-1", undefined]);
    expect(() => splitBodyHtml(BODY, ["p-9"])).toThrow(/no paragraph or figure with id "p-9"/);
    // p-1 is not mistaken for the start of p-10.
    const [tenth] = splitBodyHtml(BODY, ["p-10"]);
    expect(tenth?.html.endsWith('<p id="p-10" class="para">Ten.</p>')).toBe(true);
  });

  it("gives the whole body as one piece when nothing is noted", () => {
    expect(splitBodyHtml(BODY, [])).toEqual([{ html: BODY }]);
  });
});
