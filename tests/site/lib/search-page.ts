import type { Browser, Page } from "playwright-core";
import "../../../src/client/pagefind-components.ts";

/**
 * Drives the built /search/ page in Chromium. The viewport is tall so that
 * every result scrolls into view and Pagefind's Component UI loads it.
 */
export async function openSearch(browser: Browser, siteUrl: string, search: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
  await page.goto(`${siteUrl}search/${search}`);
  return page;
}

/**
 * Waits for a search to finish and every result to be drawn: results load
 * as they scroll into view, so each placeholder is scrolled to in turn.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /result/i.test(document.querySelector("pagefind-summary")?.textContent ?? ""),
  );
  await page.waitForFunction(() => {
    const placeholder = document.querySelector("pagefind-results .pf-skeleton");
    if (!placeholder) return true;
    placeholder.scrollIntoView();
    return false;
  });
  await page.evaluate(() => scrollTo(0, 0));
}

/**
 * Runs another search on an open /search/ page the way back and forward
 * do: the address changes and a popstate event follows, so the warm
 * Pagefind engine is reused instead of loading the page again.
 */
export async function searchInPlace(page: Page, search: string): Promise<void> {
  await page.evaluate(
    async (next) => {
      const instance = window.PagefindComponents?.getInstanceManager().getInstance("default");
      if (!instance) throw new Error("search page not started");
      const done = new Promise<void>((resolve) => instance.on("results", () => resolve()));
      history.pushState(null, "", next);
      dispatchEvent(new PopStateEvent("popstate"));
      await done;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    },
    `${new URL(page.url()).pathname}${search}`,
  );
}

/**
 * The report slugs the results link to, sorted, once the search has
 * settled. Entity, comparison, quotation and timeline pages are indexed
 * too; only reports are counted here.
 */
export async function resultSlugs(page: Page): Promise<string[]> {
  await settled(page);
  const hrefs = await page
    .locator("pagefind-results a.pf-result-link")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return hrefs.flatMap((path) => /\/reports\/([^/]+)\/$/.exec(path)?.slice(1) ?? []).sort();
}

/** Console errors and uncaught exceptions on a page; a missing favicon is not the site's error. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (message.location().url.endsWith("/favicon.ico")) return;
    errors.push(message.text());
  });
  return errors;
}
