import { mkdirSync, writeFileSync } from "node:fs";
import { tempDir } from "../../tests/lib/temp-dir.ts";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headersFile, pageHead, sharedPolicy } from "./static-host-headers.ts";

function site(pages: Record<string, string>): string {
  const dir = tempDir("headers");
  for (const [file, policy] of Object.entries(pages)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(
      join(dir, file),
      `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`,
    );
  }
  return dir;
}

describe("pageHead", () => {
  it("reads up to </head> across read boundaries and multi-byte characters, and no further", () => {
    const dir = tempDir("headers");
    // 'ع' is two bytes in UTF-8: 40,000 of them outgrow the first read and put its end inside a character.
    const head = `<html><head><title>${"ع".repeat(40_000)}</title><meta name="x">`;
    writeFileSync(join(dir, "page.html"), `${head}</head><body>${"b".repeat(50_000)}</body></html>`);
    expect(pageHead(join(dir, "page.html"))).toBe(head);
    // The end tag cut in two by a read's end.
    const cut = `<head>${"a".repeat(32 * 1024 - 9)}`;
    writeFileSync(join(dir, "cut.html"), `${cut}</head><body></body>`);
    expect(pageHead(join(dir, "cut.html"))).toBe(cut);
    writeFileSync(join(dir, "bare.html"), "<p>no head at all</p>");
    expect(pageHead(join(dir, "bare.html"))).toBe("<p>no head at all</p>");
  });
});

describe("sharedPolicy", () => {
  it("merges the hashes of page-specific inline scripts into one policy", () => {
    const dir = site({
      "index.html": "default-src 'self'; script-src 'self' 'sha256-a=';",
      "search/index.html": "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b=';",
    });
    expect(sharedPolicy(dir)).toEqual(["default-src 'self'", "script-src 'self' 'sha256-a=' 'sha256-b='"]);
  });

  it("names the pages whose policies have different directives", () => {
    const dir = site({
      "a.html": "default-src 'self'; script-src 'self'",
      "b.html": "default-src 'self'",
    });
    expect(() => sharedPolicy(dir)).toThrow(/b\.html and a\.html carry policies with different directives/);
  });

  it("refuses a page without a policy", () => {
    const dir = tempDir("headers");
    writeFileSync(join(dir, "index.html"), "<html><head></head></html>");
    expect(() => sharedPolicy(dir)).toThrow(/index\.html: the page carries no Content-Security-Policy/);
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
