// @ts-check
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import pagefind from "./src/integrations/pagefind.ts";
import { createMarkdownOptions } from "./src/plugins/markdown-options.ts";

/**
 * SITE_URL and BASE_PATH choose where the archive is deployed: the defaults
 * build for the root of http://localhost; BASE_PATH=/archive/ builds for a
 * subpath.
 */
const base = process.env["BASE_PATH"] ?? "/";

export default defineConfig({
  site: process.env["SITE_URL"] ?? "http://localhost",
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: { processor: unified(createMarkdownOptions({ base })) },
  // Indexes dist/ for search once every page is written.
  integrations: [pagefind()],
  // Every script stays an external file, never inlined into the page, so the
  // site runs under a Content-Security-Policy that forbids inline scripts.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) } },
});
