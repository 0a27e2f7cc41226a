import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { builtPages, samplePages } from "../../scripts/lib/built-site.ts";
import { BUILT_FOR, DIST } from "./lib/dist.ts";
import { withTrailingSlash } from "../../src/lib/paths.ts";

const siteUrl = inject("siteUrl");
const origin = new URL(siteUrl).origin;
const pages = builtPages(DIST, BUILT_FOR.base);
/** Pages with a search box, found in the built HTML. */
const searchPages = pages.filter((page) =>
  /<input[^>]+type="search"/.test(readFileSync(join(DIST, page.file), "utf8")),
);
const served = (path: string) => new URL(path, origin).href;
/** Browser work is slow on a busy 2-core machine: give it room. */
const SLOW = { timeout: 120_000 };

/** A page that records CSP violations, console errors and requests to other origins. */
class WatchedPage {
  problems: string[] = [];
  elsewhere: string[] = [];
  readonly context: BrowserContext;
  readonly page: Page;
  private constructor(context: BrowserContext, page: Page) {
    this.context = context;
    this.page = page;
  }

  static async open(browser: Browser, colorScheme: "light" | "dark"): Promise<WatchedPage> {
    const context = await browser.newContext({ colorScheme });
    const watched = new WatchedPage(context, await context.newPage());
    // Injected by the browser, not the page: the policy does not apply to it.
    await watched.page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`,
        );
      });
    });
    watched.page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") watched.problems.push(message.text());
    });
    watched.page.on("pageerror", (error) => watched.problems.push(`page error: ${error.message}`));
    watched.page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && !["data:", "blob:"].includes(url.protocol))
        watched.elsewhere.push(url.href);
    });
    return watched;
  }

  async visit(path: string) {
    this.problems = [];
    this.elsewhere = [];
    return this.page.goto(served(path), { waitUntil: "load" });
  }
}

let browser: Browser;
const watched: Partial<Record<"light" | "dark", WatchedPage>> = {};
const open = async (scheme: "light" | "dark") =>
  (watched[scheme] ??= await WatchedPage.open(browser, scheme));

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("reading in the browser", SLOW, () => {
  it.each(pages.map((page) => [page.path] as const))(
    "%s: no CSP violation, no console error, no request to another origin",
    async (path) => {
      const tab = await open("light");
      const response = await tab.visit(path);
      expect(response?.status()).toBe(200);
      // Following an in-page permalink must not trigger anything either.
      await tab.page.evaluate(() => document.querySelector<HTMLAnchorElement>('a[href^="#"]')?.click());
      expect(tab.problems).toEqual([]);
      expect(tab.elsewhere).toEqual([]);
    },
  );

  it("an unknown address shows the styled 404 page with status 404", async () => {
    const tab = await open("light");
    const response = await tab.visit(`${withTrailingSlash(BUILT_FOR.base)}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await tab.page.locator("h1").textContent()).toBe("Page not found");
    const background = await tab.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    // Chromium logs the 404 status itself; nothing else may appear.
    expect(tab.problems.filter((text) => !text.includes("404 (Not Found)"))).toEqual([]);
    expect(tab.elsewhere).toEqual([]);
  });
});

describe("the policy in the browser", SLOW, () => {
  it("blocks inline script injected into a page, and the watch above sees it", async () => {
    const tab = await open("light");
    await tab.visit(pages[0]?.path ?? "/");
    const ran = await tab.page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect(tab.problems.join("\n")).toMatch(/CSP violation: script-src/);
  });
});

describe("searching in the browser", SLOW, () => {
  if (searchPages.length === 0) {
    it.skip("no page has a search box yet", () => {});
    return;
  }
  it.each(searchPages.map((page) => [page.path] as const))(
    "%s: a search runs with no CSP violation and no request to another origin",
    async (path) => {
      const tab = await open("light");
      await tab.visit(path);
      await tab.page.locator('input[type="search"]').first().fill("drone");
      await tab.page.waitForLoadState("networkidle");
      expect(tab.problems).toEqual([]);
      expect(tab.elsewhere).toEqual([]);
    },
  );
});

describe("accessibility (axe-core), each kind of page, light and dark", SLOW, () => {
  const cases = samplePages(pages).flatMap((page) =>
    (["light", "dark"] as const).map((scheme) => [page.path, scheme] as const),
  );

  it.each(cases)("%s in %s mode: no violation", async (path, scheme) => {
    const tab = await open(scheme);
    await tab.visit(path);
    const results = await new AxeBuilder({ page: tab.page }).analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
          .map((node) => `    ${node.target.join(" ")}: ${node.failureSummary ?? ""}`)
          .join("\n")}`,
    );
    expect(violations).toEqual([]);
  });
});
