// @ts-check
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { markdownOptions } from "./src/plugins/markdown-options.ts";

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
  markdown: { processor: unified(markdownOptions) },
});
