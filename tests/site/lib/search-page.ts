import type { Browser, Page } from "playwright-core";

/**
 * Drives the built /search/ page in Chromium. The viewport is tall so that
 * every result of a page of results scrolls into view and loads.
 */
export async function openSearch(browser: Browser, siteUrl: string, search: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
  await page.goto(`${siteUrl}search/${search}`);
  return page;
}

/**
 * Waits for a search to finish and every result to be drawn: results load
 * as they scroll into view, so each placeholder is scrolled to in turn,
 * and "More results" is pressed until every result is listed.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /result/i.test(document.querySelector("[data-search-summary]")?.textContent ?? ""),
  );
  await page.waitForFunction(() => {
    const more = document.querySelector<HTMLButtonElement>("[data-search-more]");
    if (more && !more.hidden) {
      more.click();
      return false;
    }
    const placeholder = document.querySelector("[data-search-results] .is-loading");
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
  const before = await page.locator("[data-search-summary]").innerText();
  await page.evaluate(
    (next) => {
      history.pushState(null, "", next);
      dispatchEvent(new PopStateEvent("popstate"));
    },
    `${new URL(page.url()).pathname}${search}`,
  );
  // The summary names the query and the filters; wait for the new one where it changes.
  await page
    .waitForFunction((old) => document.querySelector("[data-search-summary]")?.textContent !== old, before, {
      timeout: 2000,
    })
    .catch(() => undefined);
}

/** The result links in order, as site paths without the base (`reports/x/`, `entities/y/`). */
export async function resultPaths(page: Page): Promise<string[]> {
  await settled(page);
  return page
    .locator("[data-search-results] [data-result-link]")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/**
 * The report slugs the results link to, sorted, once the search has
 * settled. Entity, comparison, quotation and timeline pages are indexed
 * too; only reports are counted here.
 */
export async function resultSlugs(page: Page): Promise<string[]> {
  const paths = await resultPaths(page);
  return paths.flatMap((path) => /\/reports\/([^/]+)\/$/.exec(path)?.slice(1) ?? []).sort();
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
