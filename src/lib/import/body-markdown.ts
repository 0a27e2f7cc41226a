import type { ContainerDirective } from "mdast-util-directive";
import { directiveToMarkdown } from "mdast-util-directive";
import { toMarkdown } from "mdast-util-to-markdown";
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
 * Writes blocks as Markdown. The serialiser escapes every character Markdown
 * would otherwise read as syntax, so the rendered text is the copy's text.
 */
export function blocksToMarkdown(blocks: readonly ReportBlock[]): string {
  const tree: Root = { type: "root", children: blocks.map(blockToMdast) };
  return toMarkdown(tree, { extensions: [directiveToMarkdown()], bullet: "-", emphasis: "_" });
}
