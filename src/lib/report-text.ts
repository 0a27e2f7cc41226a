import { directiveFromMarkdown } from "mdast-util-directive";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { directive } from "micromark-extension-directive";
import type { Root } from "mdast";

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
