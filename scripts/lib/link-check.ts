import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { builtFiles, builtPages } from "./built-site.ts";
import { withTrailingSlash } from "../../src/lib/paths.ts";

/** Attributes that point at another resource. */
const URL_ATTRIBUTES = ["href", "src", "poster", "action", "cite", "data"] as const;

export interface LinkCheckOptions {
  /** The built site. */
  dir: string;
  /** The base path it was built for. */
  base: string;
  /** Its `site` origin: absolute links to it count as internal. */
  site: string;
}

interface PageIndex {
  ids: Set<string>;
}

function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, "element", (node: Element) => {
    const id = node.properties["id"];
    if (typeof id === "string") ids.add(id);
    if (node.tagName === "a" && typeof node.properties["name"] === "string") ids.add(node.properties["name"]);
  });
  return ids;
}

function linksOf(tree: Root): string[] {
  const links: string[] = [];
  visit(tree, "element", (node: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === "string") links.push(value);
    }
    const srcset = node.properties["srcSet"];
    if (Array.isArray(srcset))
      for (const item of srcset) links.push(String(item).trim().split(/\s+/)[0] ?? "");
    if (node.tagName === "meta" && /^og:(url|image)$/.test(String(node.properties["property"] ?? ""))) {
      links.push(String(node.properties["content"] ?? ""));
    }
  });
  return links;
}

/** Absolute URLs listed by the feed and sitemaps (`<loc>`, `<link>`, `href="…"`). */
function linksOfXml(text: string): string[] {
  const found = [...text.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>|\shref="([^"]+)"/g)];
  return found.map((match) => (match[1] ?? match[2] ?? "").replaceAll("&amp;", "&"));
}

/**
 * Every internal link of a built site, checked the way a static host would
 * serve it: each `href`/`src` (and each link in the feed, sitemaps and
 * robots.txt) must stay inside the base path and reach a built file, and
 * each `#fragment` must name an element of the page it points at.
 * Returns one line per broken link; an empty list means all resolve.
 */
export function checkLinks({ dir, base, site }: LinkCheckOptions): string[] {
  const prefix = withTrailingSlash(base);
  const origin = new URL(site).origin;
  const pages = new Map<string, PageIndex>();
  const links: { from: string; url: string }[] = [];

  for (const page of builtPages(dir, base)) {
    const tree = fromHtml(readFileSync(join(dir, page.file), "utf8"));
    pages.set(page.path, { ids: idsOf(tree) });
    for (const link of linksOf(tree)) links.push({ from: page.path, url: link });
  }
  for (const file of builtFiles(dir).filter((name) => /\.xml$|^robots\.txt$/.test(name))) {
    const text = readFileSync(join(dir, file), "utf8");
    const found =
      file === "robots.txt"
        ? [...text.matchAll(/^Sitemap:\s*(\S+)/gm)].map((m) => m[1] ?? "")
        : linksOfXml(text);
    for (const link of found) links.push({ from: prefix + file, url: link });
  }

  const problems: string[] = [];
  for (const { from, url } of links) {
    const resolved = new URL(url, `${origin}${from}`);
    // Other origins (the outlets' own pages) are not this build's to check.
    if (resolved.origin !== origin) continue;
    const path = decodeURIComponent(resolved.pathname);
    if (!path.startsWith(prefix)) {
      problems.push(`${from}: ${url} leaves the base path ${prefix}`);
      continue;
    }
    const relativePath = path.slice(prefix.length);
    const file = join(dir, relativePath);
    const isFolder = relativePath === "" || relativePath.endsWith("/");
    const target = isFolder ? join(file, "index.html") : file;
    if (!existsSync(target) || !statSync(target).isFile()) {
      const hint = !isFolder && existsSync(join(file, "index.html")) ? " (add the trailing slash)" : "";
      problems.push(`${from}: ${url} → ${path} is not a built file${hint}`);
      continue;
    }
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    if (!fragment) continue;
    const page = pages.get(path);
    if (!page) {
      problems.push(`${from}: ${url} has a #fragment but ${path} is not an HTML page`);
    } else if (!page.ids.has(fragment)) {
      problems.push(`${from}: ${url} → no element with id "${fragment}" on ${path}`);
    }
  }
  return problems;
}
