import remarkDirective from "remark-directive";
import type { UnifiedProcessorOptions } from "@astrojs/markdown-remark";
import rehypeParagraphPermalinks from "./rehype-paragraph-permalinks.ts";
import remarkInertHtml from "./remark-inert-html.ts";
import remarkReportStats from "./remark-report-stats.ts";
import remarkReportBlocks from "./remark-report-blocks.ts";

/**
 * The archive's Markdown pipeline, shared by astro.config.mjs and the plugin
 * tests so both render reports the same way.
 */
export const markdownOptions = {
  // The archive never alters a report's wording: no smart quotes, no
  // GitHub-flavoured rewriting of the copy's plain text.
  smartypants: false,
  gfm: false,
  remarkPlugins: [remarkDirective, remarkReportStats, remarkInertHtml, remarkReportBlocks],
  rehypePlugins: [rehypeParagraphPermalinks],
} satisfies UnifiedProcessorOptions;
