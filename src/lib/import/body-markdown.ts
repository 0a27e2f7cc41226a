import type { ContainerDirective } from "mdast-util-directive";
import { directiveToMarkdown } from "mdast-util-directive";
import { toMarkdown, type Unsafe } from "mdast-util-to-markdown";
import type { BlockContent, Root, RootContent } from "mdast";
import { CAPTION_DIRECTIVE, POST_DIRECTIVE } from "../reports/directives.ts";
import type { ReportBlock } from "./blocks.ts";

function paragraph(text: string): BlockContent {
  return { type: "paragraph", children: [{ type: "text", value: text }] };
}

function directive(name: string, text: string, attributes: Record<string, string>): ContainerDirective {
  return { type: "containerDirective", name, attributes, children: [paragraph(text)] };
}

function blockToMdast(block: ReportBlock): RootContent {
  switch (block.kind) {
    case "paragraph":
      return paragraph(block.text);
    case "subheading":
      return { type: "heading", depth: 2, children: [{ type: "text", value: block.text }] };
    case "caption":
      return directive(CAPTION_DIRECTIVE, block.text, { credit: block.credit });
    case "post":
      return directive(POST_DIRECTIVE, block.text, {
        platform: block.platform,
        author: block.author,
        handle: block.handle,
        date: block.date,
        ...(block.url ? { url: block.url } : {}),
      });
  }
}

/**
 * A colon that remark-directive would read as the start of a directive: one
 * followed by a character a directive name may start with (anything but
 * white space and punctuation; micromark tests each UTF-16 unit, so any
 * character outside the BMP, an emoji too, counts). Escaped wherever it
 * occurs: `10:30:15` would otherwise hold the directive `:15`, `x:y:z` the
 * directive `:z`, and a line `::name` or `:::name` a leaf or container.
 * mdast-util-directive's own rule misses the second colon of `x:y:z`: its
 * pattern consumes the `y` the next match needs.
 */
const DIRECTIVE_COLON: Unsafe = {
  character: ":",
  after: "[^\\s\\p{P}\\p{S}]|[\\u{10000}-\\u{10FFFF}]",
  inConstruct: ["phrasing"],
  unicode: true,
};

/**
 * Writes blocks as Markdown. The serialiser escapes every character Markdown
 * would otherwise read as syntax, directives included, so the rendered text
 * is the copy's text.
 */
export function blocksToMarkdown(blocks: readonly ReportBlock[]): string {
  const tree: Root = { type: "root", children: blocks.map(blockToMdast) };
  return toMarkdown(tree, {
    extensions: [directiveToMarkdown(), { unsafe: [DIRECTIVE_COLON] }],
    bullet: "-",
    emphasis: "_",
  });
}
