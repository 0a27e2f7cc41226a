// @ts-check
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { CONTENT_DIR } from "./src/lib/content-dir.ts";
import { markdownOptions } from "./src/plugins/markdown-options.ts";
import remarkCacheKey, { markdownPipelineKey } from "./src/plugins/remark-cache-key.ts";

/**
 * Astro caches each report's rendering between builds and re-renders only
 * changed reports. The key makes a change to the pipeline's code or to the
 * data files beside the reports re-render them all, as it must.
 */
const pipelineKey = markdownPipelineKey([
  "src/plugins",
  "src/lib",
  `${CONTENT_DIR}/entities.yaml`,
  `${CONTENT_DIR}/claims.yaml`,
  `${CONTENT_DIR}/timeline.yaml`,
]);

/**
 * SITE_URL and BASE_PATH choose where the archive is deployed: the defaults
 * build for the root of http://localhost; BASE_PATH=/archive/ builds for a
 * subpath.
 */
export default defineConfig({
  site: process.env["SITE_URL"] ?? "http://localhost",
  base: process.env["BASE_PATH"] ?? "/",
  trailingSlash: "always",
  build: {
    format: "directory",
    // The one stylesheet is small (about 2.5 KB gzip): inlined, a page
    // arrives with its CSS in the first round trip and nothing blocks render.
    inlineStylesheets: "always",
  },
  markdown: {
    processor: unified({
      ...markdownOptions,
      remarkPlugins: [...markdownOptions.remarkPlugins, [remarkCacheKey, { key: pipelineKey }]],
    }),
  },
});
