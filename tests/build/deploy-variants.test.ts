import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { builtFiles, builtPages } from "../../scripts/lib/built-site.ts";
import { headersFile, parseHeadersFile } from "../../src/lib/build/headers-file.ts";
import { checkLinks } from "../../scripts/lib/link-check.ts";
import { createStaticServer, listen } from "../../scripts/lib/static-server.ts";
import { describeArchiveOnNginx } from "../lib/archive-on-nginx.ts";
import { reportFiles } from "../site/lib/dist.ts";
import { claimsNotStatedFor, contentWith, runAstroBlocking, tempDir } from "./lib/astro.ts";

/**
 * One build for a project subpath on another origin, with the committed
 * reports plus a report copied from a hostile page (raw <script>, an
 * onerror handler, a javascript: link, an iframe). Both properties are
 * checked on the same build to keep the suite quick.
 */
const BASE = "/deep/sub/path/";
const SITE = "https://archive.example.org";
const HOSTILE = "reports/hostile-markup/index.html";
const outDir = tempDir("subpath");
let buildLog = "";

beforeAll(() => {
  const content = contentWith("tests/fixtures/hostile-content/content");
  claimsNotStatedFor(content, "hostile-markup");
  const run = runAstroBlocking(["build", "--outDir", outDir], {
    BASE_PATH: BASE,
    SITE_URL: SITE,
    ARCHIVE_CONTENT_DIR: content,
  });
  if (run.code !== 0) throw new Error(`the subpath build failed:\n${run.output}`);
  buildLog = run.output;
});

describe(`a build for ${SITE}${BASE}`, () => {
  it("resolves every internal link, asset and #fragment inside the subpath", () => {
    expect(checkLinks({ dir: outDir, base: BASE, site: SITE })).toEqual([]);
  });

  it("points canonical URLs, the sitemap, the feed and robots.txt at the subpath", () => {
    expect(buildLog).not.toContain("SITE_URL is not set");
    const index = readFileSync(join(outDir, "index.html"), "utf8");
    expect(index).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
    expect(readFileSync(join(outDir, "robots.txt"), "utf8")).toContain(
      `Sitemap: ${SITE}${BASE}sitemap-index.xml`,
    );
    expect(readFileSync(join(outDir, "rss.xml"), "utf8")).toContain(`<link>${SITE}${BASE}reports/`);
    expect(readFileSync(join(outDir, "sitemap-0.xml"), "utf8")).toContain(`<loc>${SITE}${BASE}about/</loc>`);
  });

  it("writes _headers rules for the subpath", () => {
    const rules = parseHeadersFile(readFileSync(join(outDir, "_headers"), "utf8"));
    // The same rules as a build at the root of a domain, each under the subpath.
    const atRoot = parseHeadersFile(headersFile("/", [], builtFiles(outDir))).map((rule) => rule.pattern);
    expect(atRoot).toContain("/sources/*");
    expect(atRoot).toContain("/reports/:page/");
    expect(rules.map((rule) => rule.pattern)).toEqual(atRoot.map((pattern) => `${BASE}${pattern.slice(1)}`));
  });

  it("is served under the subpath: pages, their assets and the 404 page", async () => {
    const server = createStaticServer({ dir: outDir, base: BASE });
    const origin = await listen(server, 0);
    try {
      const page = await fetch(`${origin}${BASE}about/`);
      expect(page.status).toBe(200);
      const text = await page.text();
      // Styles are inlined in the page; scripts and the icon are files under the base.
      expect(text).toContain("<style>");
      const script = /src="([^"]+\.js)"/.exec(text)?.[1] ?? "missing";
      expect(script.startsWith(`${BASE}_astro/`)).toBe(true);
      const icon = /<link rel="icon" href="([^"]+)"/.exec(text)?.[1] ?? "missing";
      expect(icon.startsWith(BASE)).toBe(true);
      for (const asset of [script, icon]) expect((await fetch(`${origin}${asset}`)).status, asset).toBe(200);
      expect((await fetch(`${origin}/about/`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  describeArchiveOnNginx(
    outDir,
    BASE,
    reportFiles().map((report) => report.slug),
  );
});

describe("a report copied from a hostile page", () => {
  const html = () => readFileSync(join(outDir, HOSTILE), "utf8");

  it("is built, its markup shown as the text it is", () => {
    expect(builtPages(outDir, BASE).map((page) => page.file)).toContain(HOSTILE);
    const tree = fromHtml(html());
    const text = (selector: string) => toText(select(selector, tree) ?? { type: "root", children: [] });
    expect(text("#p-1")).toContain("<script>window.hostileScriptRan = true</script>");
    expect(text("#p-2")).toContain('<img src="x" onerror="window.hostileHandlerRan = true">');
    expect(text("#p-3")).toContain('<iframe src="https://example.org/tracker"></iframe>');
    expect(text("h1")).toBe("A copy with <script>alert(1)</script> in its headline");
    expect(text(".dek")).toBe('A standfirst with <img src=x onerror="window.hostileDekRan = true">');
  });

  it("has no script but the site's own modules, no handler attribute, no javascript: URL, no iframe", () => {
    const problems: string[] = [];
    visit(fromHtml(html()), "element", (node: Element) => {
      if (["iframe", "img", "object", "embed"].includes(node.tagName)) problems.push(`<${node.tagName}>`);
      // The site's own bundled modules (search) are allowed; nothing inline, nothing from elsewhere.
      const src = node.properties["src"];
      const ownModule =
        typeof src === "string" && src.startsWith(`${BASE}_astro/`) && node.children.length === 0;
      if (node.tagName === "script" && node.properties["type"] !== "application/ld+json" && !ownModule)
        problems.push(`<script${typeof src === "string" ? ` src="${src}"` : ""}>`);
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) problems.push(`${name} on <${node.tagName}>`);
        if (typeof value === "string" && /^\s*javascript:/i.test(value)) problems.push(`${name}="${value}"`);
      }
    });
    expect(problems).toEqual([]);
  });

  it("runs nothing in the browser", async () => {
    const server = createStaticServer({ dir: outDir, base: BASE });
    const origin = await listen(server, 0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${origin}${BASE}reports/hostile-markup/`, { waitUntil: "load" });
      await page
        .getByText("click")
        .first()
        .click({ timeout: 2_000 })
        .catch(() => undefined);
      const ran = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return ["hostileScriptRan", "hostileHandlerRan", "hostileLinkRan", "hostileDekRan"].filter(
          (key) => w[key],
        );
      });
      expect(ran).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(await page.locator("h1").textContent()).toBe(
        "A copy with <script>alert(1)</script> in its headline",
      );
    } finally {
      await browser.close();
      server.close();
    }
  });
});
