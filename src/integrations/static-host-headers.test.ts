import { writeFileSync } from "node:fs";
import { tempDir, writeTree } from "../../tests/lib/temp-dir.ts";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageHead, sharedPolicy } from "./static-host-headers.ts";

/** A built site whose pages carry the given policies in their <meta>. */
function site(policies: Record<string, string>): string {
  const page = (policy: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;
  return writeTree(
    "headers",
    Object.fromEntries(Object.entries(policies).map(([file, policy]) => [file, page(policy)])),
  );
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
