import type { ElementContent, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";

/** One top-level block of a rendered report body, with its fragment id if it has one. */
export interface HtmlBlock {
  id?: string | undefined;
  html: string;
}

/**
 * Splits a report body's rendered HTML into its top-level blocks, so a page
 * can set notes between them (after paragraph 9, say) without touching the
 * paragraphs themselves.
 */
export function splitBodyHtml(html: string): HtmlBlock[] {
  const tree = fromHtml(html, { fragment: true });
  return tree.children
    .filter((node: RootContent) => !(node.type === "text" && node.value.trim() === ""))
    .map((node: RootContent) => {
      const id = node.type === "element" ? node.properties["id"] : undefined;
      return { id: typeof id === "string" ? id : undefined, html: toHtml(node as ElementContent) };
    });
}

/** The blocks of a report's rendered body; stops the build when the body failed to render. */
export function renderedBlocks(report: {
  slug: string;
  entry: { rendered?: { html: string } | undefined };
}): HtmlBlock[] {
  const html = report.entry.rendered?.html;
  if (html === undefined) {
    throw new Error(
      `content/reports/${report.slug}.md: the body did not render (see the error logged above)`,
    );
  }
  return splitBodyHtml(html);
}
