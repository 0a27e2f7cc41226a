import type { Element, Root } from "hast";
import { h } from "hastscript";

/** The fragment id of paragraph `n` (1-based) of a report body. */
export function paragraphId(n: number): string {
  return `p-${n}`;
}

/** The fragment id of figure `n` (1-based): a caption or embedded post. */
export function figureId(n: number): string {
  return `fig-${n}`;
}

/**
 * Numbers the body's top-level paragraphs (`#p-1`, `#p-2`, …) and gives each
 * a permalink. Numbering counts paragraphs of report text only: captions,
 * posts and subheadings are not paragraphs, so a paragraph keeps its number
 * however the figures around it are presented. Figures get ids of their own
 * (`#fig-1`…) so an index can point at a name in a caption.
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
      const link: Element = h(
        "a",
        { className: ["permalink"], href: `#${id}`, "data-pagefind-ignore": "", "data-interface": "" },
        h("span", { className: ["visually-hidden"] }, `Paragraph ${count}`),
        h("span", { ariaHidden: "true" }, "¶"),
      );
      // The title makes the paragraph a search sub-result that links to it.
      node.properties = {
        ...node.properties,
        id,
        className: ["para"],
        dataPagefindTitle: `Paragraph ${count}`,
      };
      node.children.push({ type: "text", value: " " }, link);
    }
  };
}
