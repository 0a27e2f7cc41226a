import { describe, expect, it } from "vitest";
import { publishedText } from "./published-text.ts";

const page = (article: string) =>
  `<html><head><title>T</title><script>var x = "not text";</script></head><body><header><a href="/">Home</a></header>` +
  `<article class="report" data-report-text>${article}</article><footer>Footer</footer></body></html>`;

describe("the published text of a report page", () => {
  it("is the article's text, one line a block, less what is marked as interface", () => {
    const text = publishedText(
      page(
        `<header><p data-interface>Report 1 of 5</p><h1>Head &amp; line</h1><p class="dek">The dek</p><dl data-interface><dt>By</dt></dl></header>` +
          `<p id="p-1">One <a href="/entities/x/">Name</a>’s words. <a class="permalink" href="#p-1" data-interface>¶</a></p>` +
          `<aside data-interface><p>Also quoted in</p></aside><h2>Sub</h2>` +
          `<figure><div data-interface>Photo not in the archive</div><figcaption>A caption <span class="credit">(AP)</span></figcaption></figure>` +
          `<!-- a comment is not published -->`,
      ),
    );
    expect(text).toEqual({
      found: true,
      lines: ["Head & line", "The dek", "One Name’s words.", "Sub", "A caption (AP)"],
      problems: [],
    });
  });

  it("finds no text on a page without the marked element", () => {
    expect(publishedText("<p>Hello</p>")).toEqual({ found: false, lines: [], problems: [] });
  });

  it("refuses unsafe addresses anywhere, and scripts, styles, images and handlers in the text", () => {
    const { problems } = publishedText(
      page(
        `<p>A <a href="javascript:alert(1)">x</a></p><script>alert(1)</script><img src="x.png"><p onclick="x()">B</p>`,
      ).replace("<footer>", `<footer><a href=" JAVASCRIPT&colon;alert(2)">y</a>`),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^<a href>: "javascript:alert\(1\)" is a javascript: link/),
      expect.stringMatching(/^<script> in the report text/),
      expect.stringMatching(/^<img> in the report text/),
      expect.stringMatching(/^<p onclick>: an event handler/),
      expect.stringMatching(/^href outside the report text: " JAVASCRIPT:alert\(2\)" is a javascript: link/),
    ]);
  });
});
