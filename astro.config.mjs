// @ts-check
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import staticHostHeaders from "./src/integrations/static-host-headers.ts";
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from "./src/lib/security-policy.ts";
import { markdownOptions } from "./src/plugins/markdown-options.ts";

/**
 * SITE_URL and BASE_PATH choose where the archive is deployed: the defaults
 * build for the root of http://localhost; BASE_PATH=/archive/ builds for a
 * subpath. Canonical URLs, the sitemap and the feed use both.
 */
const cacheDir = process.env["ASTRO_CACHE_DIR"];

export default defineConfig({
  site: process.env["SITE_URL"] ?? "http://localhost",
  base: process.env["BASE_PATH"] ?? "/",
  trailingSlash: "always",
  // ASTRO_CACHE_DIR gives a build caches of its own (content layer and
  // Vite's), so test builds of fixture content share nothing with the
  // real build or with a running test process.
  ...(cacheDir ? { cacheDir, vite: { cacheDir: `${cacheDir}/vite` } } : {}),
  // Two reports resolving to the same slug stop the build instead of one
  // silently replacing the other.
  prerenderConflictBehavior: "error",
  build: {
    format: "directory",
    // Styles stay in hashed files under _astro/: cacheable for a year, and
    // the same policy in the HTTP header fits every page.
    inlineStylesheets: "never",
  },
  // Reports carry no code; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { processor: unified(markdownOptions), syntaxHighlight: false },
  integrations: [sitemap({ filter: (page) => !page.includes("/sources/") }), staticHostHeaders()],
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
});
