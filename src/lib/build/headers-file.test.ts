import { describe, expect, it } from "vitest";
import { headersFile, headersFor, matches, pagePatterns, parseHeadersFile } from "./headers-file.ts";

const FILE = `# a comment
/archive/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/archive/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe("the _headers format", () => {
  const rules = parseHeadersFile(FILE);

  it("reads each path rule with its headers, values kept whole", () => {
    expect(rules).toEqual([
      {
        pattern: "/archive/*",
        headers: [
          ["X-Content-Type-Options", "nosniff"],
          ["Content-Security-Policy", "default-src 'self'; img-src 'self' data:"],
        ],
      },
      { pattern: "/archive/_astro/*", headers: [["Cache-Control", "public, max-age=31536000, immutable"]] },
    ]);
  });

  it("applies every matching rule, across slashes", () => {
    const headers = headersFor(rules, "/archive/_astro/site.abc123.css");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(headersFor(rules, "/archive/reports/x/").has("Cache-Control")).toBe(false);
  });

  it("matches nothing outside the pattern", () => {
    expect(headersFor(rules, "/elsewhere/").size).toBe(0);
  });

  it("names the line of a header outside any rule", () => {
    expect(() => parseHeadersFile("  X-Test: 1\n")).toThrow(/line 1/);
  });
});

describe("matches", () => {
  it("reads `*` across slashes and `:name` as one segment", () => {
    expect(matches("/reports/:page/", "/reports/x/")).toBe(true);
    expect(matches("/reports/:page/", "/reports/x/cite.bib")).toBe(false);
    expect(matches("/_astro/*", "/_astro/a/b.js")).toBe(true);
  });

  it("takes the trailing slash as written on Cloudflare Pages, as optional on Netlify", () => {
    expect(matches("/:page/", "/favicon.svg", "cloudflare")).toBe(false);
    expect(matches("/:page/", "/favicon.svg", "netlify")).toBe(true);
    expect(matches("/about/", "/about", "netlify")).toBe(true);
    expect(matches("/", "/", "netlify")).toBe(true);
    expect(matches("/", "/about/", "netlify")).toBe(false);
  });
});

const BUILT = [
  "index.html",
  "404.html",
  "about/index.html",
  "search/index.html",
  "search/words.json",
  "favicon.svg",
  "reports/a/index.html",
  "reports/a/cite.bib",
  "reports/b/index.html",
  "entities/x/index.html",
  "entities/y/index.html",
  "entities/y.json",
  "_astro/page.abc.js",
];

describe("pagePatterns", () => {
  it("names every page and a folder of pages as one pattern", () => {
    expect(pagePatterns(BUILT)).toEqual([
      "",
      "404.html",
      "about/",
      "entities/x/",
      "entities/y/",
      "reports/:page/",
      "search/",
    ]);
  });

  it("matches every page's address and no other file, on either host", () => {
    const patterns = pagePatterns(BUILT);
    for (const host of ["cloudflare", "netlify"] as const)
      for (const file of BUILT) {
        const address = file.replace(/(^|\/)index\.html$/, "$1");
        const matched = patterns.some((pattern) => matches(pattern, address, host));
        expect(matched, `${host}: ${file}`).toBe(file.endsWith(".html"));
      }
  });
});

describe("headersFile", () => {
  it("sends the policy with the pages only, under the base path, with the header-only directives", () => {
    const rules = parseHeadersFile(headersFile("/archive", ["default-src 'self'"], BUILT));
    const csp = (path: string) => headersFor(rules, path).get("Content-Security-Policy");
    expect(csp("/archive/")).toBe("default-src 'self'; frame-ancestors 'self'");
    expect(csp("/archive/reports/a/")).toBe("default-src 'self'; frame-ancestors 'self'");
    expect(csp("/archive/404.html")).toBeDefined();
    expect(csp("/archive/reports/a/cite.bib")).toBeUndefined();
    expect(csp("/archive/_astro/page.abc.js")).toBeUndefined();
    expect(headersFor(rules, "/archive/_astro/page.abc.js").get("X-Content-Type-Options")).toBe("nosniff");
    expect(headersFor(rules, "/archive/_astro/page.abc.js").get("Cache-Control")).toBe(
      "public, max-age=31536000, immutable",
    );
  });

  it("sends the policy with every response when the pages would need more rules than Cloudflare Pages reads", () => {
    const pages = Array.from({ length: 120 }, (_, index) => `page-${index}/index.html`);
    const byFolder = parseHeadersFile(headersFile("/", ["default-src 'self'"], pages));
    expect(headersFor(byFolder, "/page-7/").get("Content-Security-Policy")).toBeDefined();
    expect(headersFor(byFolder, "/_astro/a.js").get("Content-Security-Policy")).toBeUndefined();
    // An icon beside them: one `:page/` pattern would match it on Netlify, so each page would need its own.
    const everywhere = parseHeadersFile(headersFile("/", ["default-src 'self'"], [...pages, "favicon.svg"]));
    expect(everywhere.length).toBeLessThanOrEqual(100);
    for (const path of ["/page-7/", "/favicon.svg", "/_astro/a.js"]) {
      expect(headersFor(everywhere, path).get("Content-Security-Policy"), path).toBe(
        "default-src 'self'; frame-ancestors 'self'",
      );
    }
  });

  it("names the source copies' charset and the feed's type", () => {
    const text = headersFile("/", ["default-src 'self'"], BUILT);
    expect(text).toContain("\n/sources/*\n  Content-Type: text/plain; charset=utf-8\n");
    expect(text).toContain("\n/rss.xml\n  Content-Type: application/rss+xml; charset=utf-8\n");
  });
});
