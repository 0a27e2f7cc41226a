import { writeTree } from "../../tests/lib/temp-dir.ts";
import { describe, expect, it } from "vitest";
import { checkLinks } from "./link-check.ts";

const site = (files: Record<string, string>) => writeTree("link-check", files);

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe("checkLinks", () => {
  it("passes links, assets and fragments that resolve under the base path", () => {
    const dir = site({
      "index.html": page(
        '<a href="/sub/a/">a</a><a href="a/#p-2">p2</a><a href="#top">top</a><img src="/sub/x.svg" alt=""><a href="https://example.org/elsewhere">out</a><h1 id="top">t</h1>',
      ),
      "a/index.html": page('<p id="p-2">x</p><a href="../">home</a>'),
      "x.svg": "<svg/>",
      "sitemap-0.xml": "<urlset><url><loc>https://archive.test/sub/a/</loc></url></urlset>",
      "robots.txt": "Sitemap: https://archive.test/sub/sitemap-0.xml\n",
    });
    expect(checkLinks({ dir, base: "/sub/", site: "https://archive.test" })).toEqual([]);
  });

  it("reports a missing page, a missing fragment, a link outside the base, and a missing slash", () => {
    const dir = site({
      "index.html": page(
        '<a href="/sub/gone/">gone</a><a href="/sub/a/#p-9">p9</a><a href="/a/">root</a><a href="/sub/a">noslash</a>',
      ),
      "a/index.html": page('<p id="p-2">x</p>'),
      "rss.xml": "<rss><channel><link>https://archive.test/sub/missing/</link></channel></rss>",
    });
    expect(checkLinks({ dir, base: "/sub/", site: "https://archive.test" })).toEqual([
      "/sub/: /sub/gone/ → /sub/gone/ is not a built file",
      '/sub/: /sub/a/#p-9 → no element with id "p-9" on /sub/a/',
      "/sub/: /a/ leaves the base path /sub/",
      "/sub/: /sub/a → /sub/a is not a built file (add the trailing slash)",
      "/sub/rss.xml: https://archive.test/sub/missing/ → /sub/missing/ is not a built file",
    ]);
  });
});
