// @ts-check
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import pagefind from "./src/integrations/pagefind.ts";
import staticHostHeaders from "./src/integrations/static-host-headers.ts";
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from "./src/lib/security-policy.ts";
import { createMarkdownOptions } from "./src/plugins/markdown-options.ts";

/**
 * SITE_URL and BASE_PATH choose where the archive is deployed: the defaults
 * build for the root of http://localhost; BASE_PATH=/archive/ builds for a
 * subpath. Canonical URLs, the sitemap and the feed use both.
 */
const base = process.env["BASE_PATH"] ?? "/";
const cacheDir = process.env["ASTRO_CACHE_DIR"];

export default defineConfig({
  site: process.env["SITE_URL"] ?? "http://localhost",
  base,
  trailingSlash: "always",
  // ASTRO_CACHE_DIR gives a build caches of its own (content layer and
  // Vite's), so test builds of fixture content share nothing with the
  // real build or with a running test process.
  ...(cacheDir ? { cacheDir } : {}),
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
  markdown: { processor: unified(createMarkdownOptions({ base })), syntaxHighlight: false },
  // The sitemap leaves out the raw copies; Pagefind indexes dist/ once every
  // page is written; _headers is written from the pages' own policy.
  integrations: [sitemap({ filter: (page) => !page.includes("/sources/") }), pagefind(), staticHostHeaders()],
  vite: {
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
    // Every script stays an external file, never inlined into the page, so the
    // site runs under a Content-Security-Policy that forbids inline scripts.
    build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) },
  },
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
});
