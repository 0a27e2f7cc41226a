// @ts-check
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import keptOutDir from "./src/integrations/kept-out-dir.ts";
import pagefind from "./src/integrations/pagefind.ts";
import siteAddress from "./src/integrations/site-address.ts";
import publishedTextGate from "./src/integrations/published-text-gate.ts";
import sourceCopies from "./src/integrations/source-copies.ts";
import staticHostHeaders from "./src/integrations/static-host-headers.ts";
import { siteUrlFrom } from "./src/lib/build/site-address.ts";
import { CONTENT_DIR } from "./src/lib/content/content-dir.ts";
import { deploymentFromEnv } from "./src/lib/paths.ts";
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from "./src/lib/build/security-policy.ts";
import { createMarkdownOptions } from "./src/plugins/markdown-options.ts";
import remarkCacheKey, { markdownPipelineKey } from "./src/plugins/remark-cache-key.ts";

/**
 * SITE_URL and BASE_PATH choose where the archive is deployed: the defaults
 * build for the root of http://localhost (a placeholder the build warns
 * about, except for `npm start`'s local preview); BASE_PATH=/archive/ builds
 * for a subpath. Canonical URLs, the sitemap and the feed use both.
 */
const { base, site } = deploymentFromEnv();
const siteUrl = siteUrlFrom(process.env);
const cacheDir = process.env["ASTRO_CACHE_DIR"];

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
const markdownOptions = createMarkdownOptions({ base });

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // ASTRO_CACHE_DIR gives a build caches of its own (content layer and
  // Vite's), so test builds of fixture content share nothing with the
  // real build or with a running test process.
  ...(cacheDir ? { cacheDir } : {}),
  // Two reports resolving to the same slug stop the build instead of one
  // silently replacing the other.
  prerenderConflictBehavior: "error",
  experimental: {
    // A rebuild copies a report, entity, coverage, home, comparison or
    // quotes page from the last build, instead of rendering it, when its
    // code and its cacheKey (a digest of everything it shows:
    // src/lib/build/page-cache-key.ts) are unchanged. Rendered copies live
    // in the cache folder (cacheDir/dist/).
    incrementalBuild: true,
  },
  build: {
    format: "directory",
    // A page's CSS is small (global.css, plus the stylesheet of a comparison,
    // coverage, quotes, timeline or search page: 3 to 3.5 KB gzip): inlined,
    // a page arrives with its CSS in the first round trip and nothing blocks
    // render. The CSP hashes the inline style; _headers carries every hash.
    inlineStylesheets: "always",
  },
  markdown: {
    processor: unified({
      ...markdownOptions,
      remarkPlugins: [...markdownOptions.remarkPlugins, [remarkCacheKey, { key: pipelineKey }]],
    }),
    // Reports carry no code; Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
  },
  // Once every page is written: each report page's published text is held
  // to its copy (the gate: a failure stops the build), the raw copies are published beside them,
  // Pagefind indexes dist/, _headers is written from the pages' own policy,
  // and whatever earlier builds left in the kept dist/ is removed (last);
  // a build without SITE_URL says so.
  integrations: [
    publishedTextGate(),
    sitemap(),
    sourceCopies(),
    pagefind(),
    staticHostHeaders(),
    keptOutDir(),
    siteAddress({ siteUrl, localPreview: process.env["ARCHIVE_LOCAL_PREVIEW"] === "1" }),
  ],
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
