// @ts-check
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import remarkDirective from "remark-directive";
import rehypeParagraphPermalinks from "./src/plugins/rehype-paragraph-permalinks.ts";
import remarkInertHtml from "./src/plugins/remark-inert-html.ts";
import remarkReportBlocks from "./src/plugins/remark-report-blocks.ts";

/**
 * SITE_URL and BASE_PATH choose where the archive is deployed: the defaults
 * build for the root of http://localhost; BASE_PATH=/archive/ builds for a
 * subpath.
 */
export default defineConfig({
  site: process.env["SITE_URL"] ?? "http://localhost",
  base: process.env["BASE_PATH"] ?? "/",
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    processor: unified({
      // The archive never alters a report's wording: no smart quotes, no
      // GitHub-flavoured rewriting of the copy's plain text.
      smartypants: false,
      gfm: false,
      remarkPlugins: [remarkDirective, remarkInertHtml, remarkReportBlocks],
      rehypePlugins: [rehypeParagraphPermalinks],
    }),
  },
});
