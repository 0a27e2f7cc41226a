import type { Element, ElementContent, Root } from "hast";
import { select, selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { describe, expect, it } from "vitest";
import { builtPage, reportFiles } from "./lib/dist.ts";

/**
 * The linking rule, held on every report as built (src/lib/entities/link-rule.ts):
 * an entity is linked once in the paragraphs and at most once more in the
 * captions and posts, the dateline is never a link, and no two links sit side
 * by side with nothing but white space between them.
 */

const isEntityLink = (node: Element): boolean =>
  node.tagName === "a" &&
  Array.isArray(node.properties["className"]) &&
  node.properties["className"].includes("entity-link");

/** A block's text, split into the runs between its entity links, with each link's href and offset. */
function linkRuns(block: Element): { links: { href: string; start: number }[]; between: string[] } {
  const links: { href: string; start: number }[] = [];
  const between: string[] = [""];
  let offset = 0;
  const walk = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === "element" && isEntityLink(node)) {
        links.push({ href: String(node.properties["href"]), start: offset });
        offset += toText(node).length;
        between.push("");
      } else if (node.type === "text") {
        between[between.length - 1] += node.value;
        offset += node.value.length;
      } else if (node.type === "element") {
        // The archive's own additions (the permalink) are not the copy's text.
        if (node.properties["dataInterface"] !== undefined) continue;
        walk(node.children);
      }
    }
  };
  walk(block.children);
  return { links, between };
}

const reports = reportFiles();

describe.each(reports)("the linking rule in $slug", ({ slug, data }) => {
  const page: Root = builtPage(`reports/${slug}`);
  const paragraphs = selectAll(".report__body > p.para", page);
  const figures = selectAll(".report__body figure", page);

  it("links each entity once in the paragraphs, at most once more in captions and posts", () => {
    const inParagraphs = paragraphs.flatMap((block) => linkRuns(block).links.map((link) => link.href));
    const inFigures = figures.flatMap((block) => linkRuns(block).links.map((link) => link.href));
    expect(inParagraphs.length).toBeGreaterThan(0);
    expect(inParagraphs).toEqual([...new Set(inParagraphs)]);
    expect(inFigures).toEqual([...new Set(inFigures)]);
  });

  it("never links the dateline", () => {
    const dateline = typeof data["dateline"] === "string" ? data["dateline"] : undefined;
    const first = select(".report__body > p.para", page);
    if (!dateline || !first) return;
    expect(toText(first).startsWith(dateline)).toBe(true);
    for (const link of linkRuns(first).links) expect(link.start).toBeGreaterThanOrEqual(dateline.length);
  });

  it("never sets two links side by side without text between them", () => {
    for (const block of [...paragraphs, ...figures]) {
      const { between } = linkRuns(block);
      // between[0] is before the first link and the last after the last; the rest lie between two links.
      for (const run of between.slice(1, -1)) expect(run.trim(), toText(block).slice(0, 60)).not.toBe("");
    }
  });
});

describe("the linking rule, measured", () => {
  it("links far fewer names than it used to (AP: 65 in 33 paragraphs)", () => {
    const counts = reports.map(({ slug }) => {
      const page = builtPage(`reports/${slug}`);
      return {
        slug,
        links: selectAll(".report__body a.entity-link", page).length,
        paragraphs: selectAll(".report__body > p.para", page).length,
      };
    });
    console.log(counts.map((c) => `${c.slug}: ${c.links} links, ${c.paragraphs} paragraphs`).join("\n"));
    for (const count of counts) expect(count.links).toBeLessThanOrEqual(count.paragraphs + 5);
  });
});
