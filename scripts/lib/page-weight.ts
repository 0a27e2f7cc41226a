import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { withTrailingSlash } from "../../src/lib/paths.ts";

/** What a first TCP round trip carries (ten segments of about 1.4 KB), less room for headers. */
export const REPORT_BUDGET = 14 * 1024;
/** Home, entity and compare pages list more, and get a little more room. */
export const INDEX_BUDGET = 20 * 1024;

export interface PageBudget {
  /** What the budget applies to, for the printed table. */
  kind: string;
  bytes: number;
}

/**
 * The budget for a built page, by its path under dist/ (`reports/x/`), or
 * `undefined` for pages the budgets do not cover (about, 404, search,
 * timeline…), which are measured and printed all the same.
 */
export function budgetFor(page: string): PageBudget | undefined {
  if (/^reports\/[^/]+\/$/.test(page)) return { kind: "report", bytes: REPORT_BUDGET };
  // The home page and the later pages of its list (`2/`), an entity's pages (`entities/x/2/`).
  if (/^(\d+\/)?$/.test(page)) return { kind: "home", bytes: INDEX_BUDGET };
  if (/^entities\/[^/]+\/(\d+\/)?$/.test(page)) return { kind: "entity", bytes: INDEX_BUDGET };
  if (/^compare\/([^/]+\/)?$/.test(page)) return { kind: "compare", bytes: INDEX_BUDGET };
  return undefined;
}

/** Every HTML page under a built site, as its path (`""`, `reports/x/`, `404.html`). */
export function htmlPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) {
        const rel = relative(dist, path).split(sep).join("/");
        pages.push(rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes).length;
}

const attribute = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(" ") : String(value);
};

/**
 * Stylesheets the browser must fetch before it paints: `<link
 * rel=stylesheet>` for all media (print-only and disabled sheets do not
 * block).
 */
export function renderBlockingStylesheets(tree: Root): string[] {
  return selectAll('link[rel~="stylesheet"]', tree)
    .filter((link) => link.properties["disabled"] === undefined || link.properties["disabled"] === false)
    .filter((link) => {
      const media = attribute(link, "media")?.trim().toLowerCase();
      return media === undefined || media === "" || media === "all" || media === "screen";
    })
    .map((link) => attribute(link, "href") ?? "");
}

const CLASSIC_SCRIPT_TYPES = new Set(["", "text/javascript", "application/javascript"]);

/**
 * Scripts that hold up reading: classic scripts (inline, or external without
 * `async` or `defer`), which stop the parser where they stand. Module scripts
 * are deferred; data blocks such as JSON-LD are not run at all.
 */
export function renderBlockingScripts(tree: Root): string[] {
  return selectAll("script", tree)
    .filter((script) => CLASSIC_SCRIPT_TYPES.has((attribute(script, "type") ?? "").trim().toLowerCase()))
    .filter((script) => {
      const src = attribute(script, "src");
      if (src === undefined) return true;
      return script.properties["async"] === undefined && script.properties["defer"] === undefined;
    })
    .map((script) => attribute(script, "src") ?? "(inline script)");
}

/** A site href (`/base/_astro/x.css`) as a file under dist/, or `undefined` for other hosts. */
export function distFileFor(href: string, base: string, dist: string): string | undefined {
  if (/^([a-z][a-z\d+.-]*:)?\/\//i.test(href)) return undefined;
  const prefix = withTrailingSlash(base);
  const path = href.split(/[?#]/)[0] ?? "";
  if (!path.startsWith(prefix)) return undefined;
  return join(dist, decodeURIComponent(path.slice(prefix.length)));
}

export interface PageWeight {
  page: string;
  html: number;
  /** gzip bytes of the render-blocking stylesheets the page links. */
  css: number;
  total: number;
  stylesheets: string[];
  blockingScripts: string[];
  /** Render-blocking stylesheets on another host or missing from dist/. */
  unaccounted: string[];
}

/** gzip weight of a page and everything that blocks its first paint. */
export function weighPage(page: string, dist: string, base: string): PageWeight {
  const file = join(dist, page === "" || page.endsWith("/") ? `${page}index.html` : page);
  const html = readFileSync(file);
  const tree = fromHtml(html.toString("utf8"));
  const stylesheets = renderBlockingStylesheets(tree);
  const unaccounted: string[] = [];
  let css = 0;
  for (const href of stylesheets) {
    const cssFile = distFileFor(href, base, dist);
    try {
      if (!cssFile) throw new Error("not on this site");
      css += gzipSize(readFileSync(cssFile));
    } catch {
      unaccounted.push(href);
    }
  }
  const htmlSize = gzipSize(html);
  return {
    page,
    html: htmlSize,
    css,
    total: htmlSize + css,
    stylesheets,
    blockingScripts: renderBlockingScripts(tree),
    unaccounted,
  };
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
