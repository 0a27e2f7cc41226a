import { directiveFromMarkdown } from "mdast-util-directive";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { directive } from "micromark-extension-directive";
import type { Paragraph, Root } from "mdast";

/** Parses a report body the way the site does (directives on, GFM off). */
export function parseBody(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
}

/** The text of each top-level block of a report body, in order. */
export function bodyBlocks(markdown: string): string[] {
  return parseBody(markdown).children.map((node) => toString(node));
}

/** Top-level paragraphs: the numbered `#p-N` paragraphs of the page. */
export function bodyParagraphs(markdown: string): string[] {
  return parseBody(markdown)
    .children.filter((node) => node.type === "paragraph")
    .map((node) => toString(node));
}

/** A block's plain text, from which a report's snippets and quotations are taken while it is indexed. */
export interface BlockText {
  report: string;
  block: string;
  text: string;
}

/**
 * A block of report text with its fragment id: a top-level paragraph
 * (`p-N`, numbered as the page numbers them) or the copy's own line inside a
 * caption or embedded post (`fig-N`). Headings are not blocks: they are the
 * copy's subheadings, not text to cite or link.
 */
export interface BodyBlock {
  id: string;
  kind: "paragraph" | "figure";
  node: Paragraph;
}

/** The citable blocks of a parsed body, in order. Shared by the indexes and the Markdown plugins. */
export function bodyBlockNodes(root: Root): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let paragraphs = 0;
  let figures = 0;
  for (const node of root.children) {
    if (node.type === "paragraph") {
      paragraphs += 1;
      blocks.push({ id: `p-${paragraphs}`, kind: "paragraph", node });
    } else if (node.type === "containerDirective") {
      figures += 1;
      const [inner] = node.children;
      if (inner?.type === "paragraph") blocks.push({ id: `fig-${figures}`, kind: "figure", node: inner });
    }
  }
  return blocks;
}

/** `p-9` → 9; a figure id → undefined. */
export function paragraphNumber(blockId: string): number | undefined {
  const match = /^p-(\d+)$/.exec(blockId);
  return match ? Number(match[1]) : undefined;
}
