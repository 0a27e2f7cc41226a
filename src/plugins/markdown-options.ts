import remarkDirective from "remark-directive";
import type { UnifiedProcessorOptions } from "@astrojs/markdown-remark";
import { loadEntityTable } from "../lib/entities/table.ts";
import rehypeParagraphPermalinks from "./rehype-paragraph-permalinks.ts";
import remarkEntityLinks from "./remark-entity-links.ts";
import remarkInertHtml from "./remark-inert-html.ts";
import remarkReportIndex from "./remark-report-index.ts";
import remarkReportStats from "./remark-report-stats.ts";
import remarkReportBlocks from "./remark-report-blocks.ts";
import remarkSafeLinks from "./remark-safe-links.ts";

/**
 * The archive's Markdown pipeline, shared by astro.config.mjs and the plugin
 * tests so both render reports the same way. `base` is the site's base path,
 * for the entity links the pipeline makes. The entity table is passed as the
 * plugin's options, so it is part of Astro's config: editing
 * content/entities.yaml invalidates the cached rendering of the reports.
 */
export function createMarkdownOptions({ base }: { base: string }) {
  const entities = loadEntityTable();
  return {
    // The archive never alters a report's wording: no smart quotes, no
    // GitHub-flavoured rewriting of the copy's plain text.
    smartypants: false,
    gfm: false,
    remarkPlugins: [
      remarkDirective,
      // On the copy's own links, before the archive adds any: only http,
      // https, mailto and relative addresses.
      remarkSafeLinks,
      // Straight after the directives are parsed: counts the copy's own
      // words, before the archive adds anything around them.
      remarkReportStats,
      // Also on the copy's own tree: each block's text and the names in it,
      // for the cross-link indexes, cached with the rendering.
      [remarkReportIndex, { entities }],
      remarkInertHtml,
      // Before report blocks: it links the copy's own line inside captions
      // and posts, never the text the archive adds around them.
      [remarkEntityLinks, { entities, base }],
      remarkReportBlocks,
    ],
    rehypePlugins: [rehypeParagraphPermalinks],
  } satisfies UnifiedProcessorOptions;
}
