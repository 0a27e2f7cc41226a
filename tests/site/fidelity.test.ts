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
import type { Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { builtPage, reportFiles, textOf } from "./lib/dist.ts";

/** The tree without what the archive adds to a report's article (`data-interface`). */
function withoutInterface(tree: Root): void {
  visit(tree, "element", (node, index, parent) => {
    if (parent && index !== undefined && node.properties["dataInterface"] !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
}

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

  it("shows none of the removed chrome in the article's text", () => {
    // What the archive says about the copy (a byline's evidence may quote the chrome it removed) is
    // marked data-interface: the report's own text is the rest.
    const page = builtPage(`reports/${slug}/`);
    withoutInterface(page);
    const article = textOf(page, "article.report");
    for (const chrome of data.removedChrome.filter((piece) => piece.length > 3)) {
      expect(article).not.toContain(chrome);
    }
  });
});
