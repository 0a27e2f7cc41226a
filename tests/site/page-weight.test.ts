import type { Browser, Request } from "playwright-core";
import { fromHtml } from "hast-util-from-html";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { DIST } from "./lib/dist.ts";
import {
  budgetFor,
  formatKb,
  htmlPages,
  renderBlockingScripts,
  renderBlockingStylesheets,
  weighPage,
  type PageWeight,
} from "../../scripts/lib/page-weight.ts";
import { deploymentFromEnv } from "../../src/lib/paths.ts";

/**
 * Page weight: a report page, with the CSS it needs to paint, fits in the
 * first TCP round trip (14 KB gzip); home, entity and compare pages in
 * 20 KB. Nothing else may block rendering, and nothing needs JavaScript.
 * The stylesheet is inlined (build.inlineStylesheets "always"); the strict
 * CSP allows it by hash, in each page's <meta> and in the merged _headers.
 */
const { base } = deploymentFromEnv();
const pages = htmlPages(DIST);
const weights = pages.map((page) => weighPage(page, DIST, base));
const budgeted = weights.filter((weight) => budgetFor(weight.page));

function printTable(rows: readonly PageWeight[]) {
  const lines = rows.map((row) => {
    const budget = budgetFor(row.page);
    const verdict = budget ? `${budget.kind}, budget ${formatKb(budget.bytes)}` : "no budget";
    const name = `/${row.page}`.padEnd(60);
    return `${name} ${formatKb(row.html).padStart(9)} html ${formatKb(row.css).padStart(8)} css ${formatKb(row.total).padStart(9)} gzip  (${verdict})`;
  });
  console.log(`Page weight, gzip, HTML plus render-blocking CSS:\n${lines.join("\n")}`);
}

describe("page weight", () => {
  it("covers every report page and the home page", () => {
    expect(budgeted.filter((weight) => budgetFor(weight.page)?.kind === "report").length).toBeGreaterThan(0);
    expect(budgeted.some((weight) => weight.page === "")).toBe(true);
    printTable(weights);
  });

  it.each(budgeted.map((weight) => [weight.page || "(home)", weight] as const))(
    "/%s fits its budget with nothing else blocking render",
    (_name, weight) => {
      const budget = budgetFor(weight.page);
      expect(budget).toBeDefined();
      expect(weight.unaccounted, "render-blocking stylesheets from elsewhere").toEqual([]);
      expect(weight.blockingScripts, "render-blocking scripts").toEqual([]);
      expect(
        weight.total,
        `${formatKb(weight.total)} gzip is over the ${formatKb(budget?.bytes ?? 0)} budget`,
      ).toBeLessThanOrEqual(budget?.bytes ?? 0);
    },
  );
});

describe("what counts as render-blocking", () => {
  const tree = (head: string) => fromHtml(`<!doctype html><html><head>${head}</head><body></body></html>`);

  it("counts stylesheets for the screen, not print-only ones", () => {
    const found = renderBlockingStylesheets(
      tree(
        '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" media="print" href="/p.css"><link rel="preload" href="/x.css">',
      ),
    );
    expect(found).toEqual(["/a.css"]);
  });

  it("counts classic scripts, not deferred, async, module or data scripts", () => {
    const found = renderBlockingScripts(
      tree(
        [
          '<script src="/blocking.js"></script>',
          "<script>document.title = 'x'</script>",
          '<script src="/d.js" defer></script>',
          '<script src="/a.js" async></script>',
          '<script type="module" src="/m.js"></script>',
          '<script type="application/ld+json">{}</script>',
        ].join(""),
      ),
    );
    expect(found).toEqual(["/blocking.js", "(inline script)"]);
  });
});

describe("loading the budgeted pages in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("requests no font, and nothing that blocks render beyond its stylesheets", async () => {
    const siteUrl = inject("siteUrl");
    const page = await browser.newPage();
    for (const weight of budgeted) {
      const requested: { type: string; url: string }[] = [];
      const record = (request: Request) =>
        requested.push({ type: request.resourceType(), url: request.url() });
      page.on("request", record);
      await page.goto(`${siteUrl}${weight.page}`, { waitUntil: "load" });
      page.off("request", record);
      expect(
        requested.filter((request) => request.type === "font"),
        `/${weight.page}`,
      ).toEqual([]);
      // The header's search field brings a module script: deferred, it runs
      // after the page is parsed and painted. Chromium says, resource by
      // resource, whether it held up rendering.
      const blocking = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .filter(
            (entry) =>
              (entry as PerformanceResourceTiming & { renderBlockingStatus?: string })
                .renderBlockingStatus === "blocking",
          )
          .map((entry) => entry.name),
      );
      expect(blocking.length, `/${weight.page}: ${blocking.join(", ")}`).toBe(weight.stylesheets.length);
      const stylesheets = requested.filter((request) => request.type === "stylesheet");
      expect(stylesheets.length, `/${weight.page}`).toBe(weight.stylesheets.length);
    }
    await page.close();
  });

  it("shows every budgeted page's text with JavaScript off", async () => {
    const siteUrl = inject("siteUrl");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const weight of budgeted) {
      await page.goto(`${siteUrl}${weight.page}`);
      const text = await page.locator("main").innerText();
      expect(text.trim().length, `/${weight.page}`).toBeGreaterThan(200);
    }
    await context.close();
    // One browser visit per budgeted page: a minute leaves room for a busy machine.
  }, 60_000);
});
