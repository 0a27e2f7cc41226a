import { describe, expect, it } from "vitest";
import { headersFile, headersFor, parseHeadersFile } from "./headers-file.ts";

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

describe("headersFile", () => {
  it("prefixes its rules with the base path and adds the header-only directives", () => {
    const text = headersFile("/archive", ["default-src 'self'"]);
    expect(text).toContain(
      "/archive/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n",
    );
    expect(text).toContain("/archive/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  });

  it("names the source copies' charset and the feed's type", () => {
    const text = headersFile("/", ["default-src 'self'"]);
    expect(text).toContain("\n/sources/*\n  Content-Type: text/plain; charset=utf-8\n");
    expect(text).toContain("\n/rss.xml\n  Content-Type: application/rss+xml; charset=utf-8\n");
  });
});
