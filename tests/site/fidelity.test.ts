import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  copyLines,
  firstLineDifference,
  firstMissingSentence,
  removeChrome,
  sentences,
} from "../../src/lib/reports/fidelity.ts";
import { bodyBlocks } from "../../src/lib/reports/text.ts";
import { builtPage, reportFiles, textOf } from "./lib/dist.ts";

/**
 * The archive's promise: each report page carries its raw copy's full text,
 * sentence by sentence and in order, less only the chrome its frontmatter
 * lists; and each report's Markdown holds nothing the copy does not.
 */
describe.each(reportFiles())("report $slug", ({ slug, data, body }) => {
  const raw = readFileSync(`content/sources/${data.source.file}`, "utf8");
  const copy = removeChrome(raw, data.removedChrome);

  it("holds, line for line, exactly the copy's text less its listed chrome", () => {
    const archived = [
      ...(data.titleSource === "printed" ? [data.title] : []),
      ...(data.dek ? [data.dek] : []),
      ...bodyBlocks(body),
    ];
    expect(firstLineDifference(copyLines(copy), archived)).toBeUndefined();
  });

  it("shows every sentence of the copy, in order, in the built article", () => {
    const article = textOf(builtPage(`reports/${slug}/`), "article.report");
    const expected = sentences(copy);
    expect(expected.length).toBeGreaterThan(10);
    expect(firstMissingSentence(article, expected)).toBeUndefined();
  });

  it("shows none of the removed chrome in the article", () => {
    const article = textOf(builtPage(`reports/${slug}/`), "article.report");
    for (const chrome of data.removedChrome.filter((piece) => piece.length > 3)) {
      expect(article).not.toContain(chrome);
    }
  });
});
