import type { Element, Root } from "hast";
import { h } from "hastscript";
import { toText } from "hast-util-to-text";

/** The fragment id of paragraph `n` (1-based) of a report body. */
export function paragraphId(n: number): string {
  return `p-${n}`;
}

/** The fragment id of figure `n` (1-based): a caption or embedded post. */
export function figureId(n: number): string {
  return `fig-${n}`;
}

/** How many words of a paragraph name it as a search sub-result. */
const OPENING_WORDS = 4;

/**
 * A paragraph as a search sub-result names it: its number and opening
 * words, `¶5 "Three drones were launched…"`, so a reader can tell the
 * places a term occurs apart before opening one.
 */
export function paragraphTitle(n: number, text: string): string {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const opening = words.slice(0, OPENING_WORDS).join(" ");
  const more = words.length > OPENING_WORDS;
  return `¶${n} "${more ? `${opening.replace(/[\s,;:.]+$/u, "")}…` : opening}"`;
}

/**
 * Numbers the body's top-level paragraphs (`#p-1`, `#p-2`, …) and gives each
 * a permalink. Numbering counts paragraphs of report text only: captions,
 * posts and subheadings are not paragraphs, so a paragraph keeps its number
 * however the figures around it are presented. Figures get ids of their own
 * (`#fig-1`…) so an index can point at a name in a caption. On the page the
 * permalink is also the paragraph's copy-citation action
 * (src/client/copy-citation.ts); without JavaScript it stays a plain link.
 */
export default function rehypeParagraphPermalinks() {
  return (tree: Root) => {
    let count = 0;
    let figures = 0;
    for (const node of tree.children) {
      if (node.type === "element" && node.tagName === "figure") {
        figures += 1;
        node.properties = { ...node.properties, id: figureId(figures) };
      }
      if (node.type !== "element" || node.tagName !== "p") continue;
      count += 1;
      const id = paragraphId(count);
      // The title is taken before the permalink's "¶" joins the paragraph.
      const link: Element = h(
        "a",
        // The archive's interface, not the report's words (data-interface), and out of the index.
        { className: ["permalink"], href: `#${id}`, "data-pagefind-ignore": "", "data-interface": "" },
        h("span", { className: ["visually-hidden"] }, `Paragraph ${count}`),
        h("span", { ariaHidden: "true" }, "¶"),
      );
      // The title makes the paragraph a search sub-result that links to it.
      node.properties = {
        ...node.properties,
        id,
        className: ["para"],
        dataPagefindTitle: paragraphTitle(count, toText(node)),
      };
      node.children.push({ type: "text", value: " " }, link);
    }
  };
}
