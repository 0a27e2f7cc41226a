import { describe, expect, it } from "vitest";
import { splitBodyHtml } from "./body-html.ts";

describe("splitBodyHtml", () => {
  it("splits a rendered body into its top-level blocks, keeping ids and markup", () => {
    const blocks = splitBodyHtml(
      '<p id="p-1" class="para">One <a href="/e/">Sadr</a>.</p>\n<h2>Head</h2>\n<figure id="fig-1">F</figure>',
    );
    expect(blocks).toEqual([
      { id: "p-1", html: '<p id="p-1" class="para">One <a href="/e/">Sadr</a>.</p>' },
      { id: undefined, html: "<h2>Head</h2>" },
      { id: "fig-1", html: '<figure id="fig-1">F</figure>' },
    ]);
  });
});
