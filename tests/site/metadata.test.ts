import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { builtPages } from "../../scripts/lib/built-site.ts";
import { BUILT_FOR, DIST, reportFiles } from "./lib/dist.ts";
import { withTrailingSlash } from "../../src/lib/paths.ts";

const root = new URL(withTrailingSlash(BUILT_FOR.base), BUILT_FOR.site).href;
const pages = builtPages(DIST, BUILT_FOR.base);
const contentPages = pages.filter((page) => page.file !== "404.html");
const tree = (file: string): Root => fromHtml(readFileSync(join(DIST, file), "utf8"));
const attr = (tree: Root, selector: string, name: string): string | undefined => {
  const value = (select(selector, tree) as Element | undefined)?.properties[name];
  return value === undefined ? undefined : String(value);
};
const absolute = (path: string) => new URL(path, BUILT_FOR.site).href;

describe("page metadata", () => {
  it.each(contentPages.map((page) => [page.path, page] as const))(
    "%s has its canonical URL, OpenGraph and Twitter card tags",
    (_path, page) => {
      const html = tree(page.file);
      const url = absolute(page.path);
      expect(attr(html, 'link[rel="canonical"]', "href")).toBe(url);
      expect(attr(html, 'meta[property="og:url"]', "content")).toBe(url);
      for (const property of ["og:title", "og:description", "og:type", "og:site_name"]) {
        expect(attr(html, `meta[property="${property}"]`, "content"), property).toBeTruthy();
      }
      expect(attr(html, 'meta[name="twitter:card"]', "content")).toBe("summary");
      // The card's title and description are the og: ones, not repeated.
      expect(attr(html, 'meta[name="twitter:title"]', "content")).toBeUndefined();
    },
  );

  it("gives the 404 page no canonical address, and a favicon and feed link on every page", () => {
    expect(attr(tree("404.html"), 'link[rel="canonical"]', "href")).toBeUndefined();
    for (const page of pages) {
      const html = tree(page.file);
      expect(attr(html, 'link[rel="icon"]', "href"), page.path).toBe(
        `${withTrailingSlash(BUILT_FOR.base)}favicon.svg`,
      );
      expect(attr(html, 'link[rel="alternate"][type="application/rss+xml"]', "href"), page.path).toBe(
        `${withTrailingSlash(BUILT_FOR.base)}rss.xml`,
      );
    }
    expect(existsSync(join(DIST, "favicon.svg"))).toBe(true);
  });
});

describe("sitemap and robots.txt", () => {
  const sitemapUrls = (file: string) =>
    [...readFileSync(join(DIST, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

  it("lists every content page once, and nothing else", () => {
    const listed = sitemapUrls("sitemap-index.xml").flatMap((url) =>
      sitemapUrls(new URL(String(url)).pathname.slice(withTrailingSlash(BUILT_FOR.base).length)),
    );
    expect(listed.sort()).toEqual(contentPages.map((page) => absolute(page.path)).sort());
  });

  it("robots.txt points to the sitemap index", () => {
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toContain(`Sitemap: ${root}sitemap-index.xml`);
  });
});

describe("the RSS feed", () => {
  const feed = readFileSync(join(DIST, "rss.xml"), "utf8");
  const items = [...feed.matchAll(/<item>(.*?)<\/item>/gs)].map((match) => match[1] ?? "");

  it("has one item per report, linking to its page", () => {
    const links = items.map((item) => /<link>([^<]+)<\/link>/.exec(item)?.[1]);
    expect(links.sort()).toEqual(
      reportFiles()
        .map((report) => `${root}reports/${report.slug}/`)
        .sort(),
    );
  });

  it("dates an item only where the report's date is known", () => {
    for (const report of reportFiles()) {
      const item = items.find((text) => text.includes(`${root}reports/${report.slug}/<`)) ?? "";
      const published = report.data["published"] as { date?: string };
      if (published.date) {
        const day = new Date(`${published.date}T00:00:00Z`).toUTCString();
        expect(item, report.slug).toContain(`<pubDate>${day}</pubDate>`);
      } else {
        expect(item, report.slug).not.toContain("<pubDate>");
      }
    }
  });
});

describe("NewsArticle structured data", () => {
  it.each(reportFiles().map((report) => [report.slug, report] as const))("%s", (slug, report) => {
    const html = tree(`reports/${slug}/index.html`);
    const scripts = selectAll('script[type="application/ld+json"]', html);
    expect(scripts).toHaveLength(1);
    const text = (scripts[0]?.children[0] as { value?: string } | undefined)?.value ?? "";
    const article = JSON.parse(text) as Record<string, unknown>;
    const data = report.data as unknown as {
      outlet: { basis: string; name?: string };
      published: { date?: string; earliest?: string; latest?: string };
      author?: { name: string };
      dateline?: string;
      originalUrl?: string;
    };
    const pageUrl = `${root}reports/${slug}/`;
    expect(article["@type"]).toBe("NewsArticle");
    // The title as the page and the citation tags show it: brackets where the copy does not print it.
    expect(article["headline"]).toBe(
      report.data.titleSource === "printed" ? report.data.title : `[${report.data.title}]`,
    );
    expect(article["archivedAt"]).toBe(pageUrl);
    // The day, or the part of the range that is known (7–9 November 2021 → 2021-11).
    expect(article["datePublished"]).toBe(
      data.published.date ??
        (data.published.earliest?.slice(0, 7) === data.published.latest?.slice(0, 7)
          ? data.published.earliest?.slice(0, 7)
          : undefined),
    );
    expect(article["publisher"]).toEqual(
      data.outlet.basis === "unknown" ? undefined : { "@type": "Organization", name: data.outlet.name },
    );
    expect(article["author"]).toEqual(
      data.author ? { "@type": "Person", name: data.author.name } : undefined,
    );
    expect(article["dateline"]).toBe(data.dateline);
    expect(article["isBasedOn"]).toBe(data.originalUrl);
  });
});
