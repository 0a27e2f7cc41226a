/*
 * Addresses and the names in them, in one place for the config, the pages,
 * the browser code, the integrations, the scripts and the tests. Works at
 * config time and in Node scripts (process.env) and in code Vite builds,
 * pages and browser modules alike (import.meta.env).
 */

/** Where a build goes when SITE_URL and BASE_PATH are not set: the root of http://localhost. */
export const DEFAULT_SITE = "http://localhost";
export const DEFAULT_BASE = "/";

/** Where a build will live: its origin and its base path. */
export interface Deployment {
  /** The path the site is served under, `/` or a subpath such as `/archive/`. */
  base: string;
  /** The origin canonical URLs, the sitemap and the feed use. */
  site: string;
}

/**
 * The deployment SITE_URL and BASE_PATH ask for, read where there is no
 * Vite to settle it: astro.config.mjs, the scripts and the tests.
 */
export function deploymentFromEnv(env: Record<string, string | undefined> = process.env): Deployment {
  return { base: env["BASE_PATH"] ?? DEFAULT_BASE, site: env["SITE_URL"] || DEFAULT_SITE };
}

/** `/archive` → `/archive/`; a path already ending in a slash is kept as it is. */
export function withTrailingSlash(path: string): string {
  return path.endsWith("/") ? path : `${path}/`;
}

/** The folder of Pagefind's bundle in the built site, written by src/integrations/pagefind.ts. */
export const PAGEFIND_DIR = "pagefind/";

/** The folder of the raw copies in the built site, published by src/integrations/source-copies.ts. */
export const SOURCES_OUT_DIR = "sources";

/** The archive's BagIt package (RFC 8493), a zip at the site's root. */
export const BAG_FILE = "kadhimi-drone-attack-archive.zip";

/** The folder of the open data in the built site. */
export const DATA_OUT_DIR = "data";

/** The query parameter a search result's link carries: the terms the opened page marks. */
export const HIGHLIGHT_PARAM = "highlight";

/**
 * The one place internal links are made. Astro's `base` may be `/` or a
 * subpath such as `/archive/`; every href in the site goes through here.
 */
export function joinBase(base: string, path: string): string {
  const rest = path.replace(/^\/+/, "");
  return `${withTrailingSlash(base)}${rest}`;
}

/** An internal href for a site path such as `reports/x/` or `/about/`. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** A file of the site's own Pagefind bundle (a function of its own, so browser code imports only this). */
export function pagefindFile(file = ""): string {
  return href(`${PAGEFIND_DIR}${file}`);
}

export const routes = {
  /** The home page, with the first reports; the rest of the list at `2/` and on. */
  home: (page = 1) => href(page > 1 ? `${page}/` : "/"),
  about: () => href("about/"),
  /** Where /about/ explains a label (a basis, a bracketed title): its anchor from src/lib/vocabulary.ts. */
  explained: (anchor: string) => `${href("about/")}#${anchor}`,
  report: (slug: string) => href(`reports/${slug}/`),
  /** A citation file beside a report's page (`cite.bib`, `cite.ris`, `cite.json`). */
  citeFile: (slug: string, file: string) => href(`reports/${slug}/${file}`),
  /** The archive as one BagIt package. */
  bag: () => href(BAG_FILE),
  /** The open data: `data/` and its files. */
  data: (file = "") => href(`${DATA_OUT_DIR}/${file}`),
  paragraph: (slug: string, n: number) => href(`reports/${slug}/#p-${n}`),
  source: (file: string) => href(`${SOURCES_OUT_DIR}/${file}`),
  block: (slug: string, blockId: string) => href(`reports/${slug}/#${blockId}`),
  entities: () => href("entities/"),
  /** A kind's section of the entity index (`kind-person`, … as /entities/ sets them). */
  entityKind: (kind: string) => `${href("entities/")}#kind-${kind}`,
  /** An entity; later pages of its mentions at `entities/<id>/2/` and on. */
  entity: (id: string, page = 1) => href(page > 1 ? `entities/${id}/${page}/` : `entities/${id}/`),
  /** The coverage table; its later pages of report columns at `coverage/2/` and on. */
  coverage: (page = 1) => href(page > 1 ? `coverage/${page}/` : "coverage/"),
  /** The shared quotes; later pages at `quotes/2/` and on. */
  quotes: (page = 1) => href(page > 1 ? `quotes/${page}/` : "quotes/"),
  /** A shared quote on its page of /quotes/. */
  quote: (id: string, page = 1) => `${routes.quotes(page)}#${id}`,
  /** The claims compared; later pages of reports' accounts at `compare/2/` and on. */
  compare: (page = 1) => href(page > 1 ? `compare/${page}/` : "compare/"),
  claim: (id: string, page = 1) => `${routes.compare(page)}#${id}`,
  timeline: () => href("timeline/"),
  search: (query?: string) => href(query ? `search/?q=${encodeURIComponent(query)}` : "search/"),
  /** The words the search page suggests from (src/pages/search/words.json.ts). */
  searchWords: () => href("search/words.json"),
  /** Pagefind's bundle, written into the built site by the search integration. */
  pagefind: (file = "") => pagefindFile(file),
  feed: () => href("rss.xml"),
  sitemap: () => href("sitemap-index.xml"),
  favicon: () => href("favicon.svg"),
};

/** Site paths without the base, for code that joins the base itself (the Markdown pipeline). */
export const sitePaths = {
  entity: (id: string) => `entities/${id}/`,
};

/**
 * An absolute URL for an href made by `href()` (which already carries the
 * base path), on the site's origin: canonical links, feeds, structured data.
 */
export function absoluteUrl(pathWithBase: string, site: URL | string | undefined): string {
  if (!site) throw new Error("absolute URLs need Astro's `site` (SITE_URL)");
  return new URL(pathWithBase, site).href;
}
