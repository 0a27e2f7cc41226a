import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { collectErrors, openSearch, resultSlugs, searchInPlace, settled } from "./lib/search-page.ts";
import { HIGHLIGHT_PARAM, PAGEFIND_DIR } from "../../src/lib/paths.ts";

const siteUrl = inject("siteUrl");

const ALL = [
  "attack-sparks-fear-of-return-to-chaos",
  "drone-attack-widely-condemned",
  "pm-escapes-assassination-attempt",
  "residence-targeted-by-drone-strike",
  "tension-rising-after-failed-assassination-bid",
];
const [CHAOS, CONDEMNED, ESCAPES, RESIDENCE, TENSION] = ALL as [string, string, string, string, string];

/** Each query, as typed into the address bar, with the exact reports it must find. */
const QUERIES: [string, string[]][] = [
  ["?q=drone", ALL],
  // Every spelling the entity table records finds every report naming that entity.
  ["?q=Kadhemi", ALL],
  ["?q=Khadimi", ALL],
  ["?q=Saleh", [CHAOS, CONDEMNED, ESCAPES, TENSION]],
  ["?q=Salih", [CHAOS, CONDEMNED, ESCAPES, TENSION]],
  ["?q=Moqtada", ALL],
  ["?q=Muqtada", ALL],
  ["?q=Hezbollah", [CHAOS, CONDEMNED, TENSION]],
  ["?q=Khazali", [CHAOS, ESCAPES, TENSION]],
  ["?q=Biden", [CONDEMNED, ESCAPES, TENSION]],
  // The AFP report spells it "Assaib Ahl al-Haq".
  ["?q=Asaib", [CHAOS, ESCAPES, TENSION]],
  // Pagefind stems English: "explosives" also finds "explosive", "protesters" finds "protest".
  ["?q=explosives", [CHAOS, CONDEMNED, ESCAPES, RESIDENCE]],
  ["?q=protesters", [CHAOS, CONDEMNED, ESCAPES, TENSION]],
  ["?q=Fatah", [CONDEMNED, ESCAPES, RESIDENCE]],
  ["?q=Muslih", [CHAOS, RESIDENCE]],
  ["?q=Khazali+Biden", [ESCAPES, TENSION]],
  ['?q="Green+Zone"', ALL],
  ['?q="assassination+attempt"', ALL],
  ["?q=drone&wire=Wire+story", [ESCAPES, TENSION]],
  ["?q=drone&person=Qais+al-Khazali", [CHAOS, ESCAPES, TENSION]],
  ["?q=Hezbollah&wire=Not+a+wire+story", [CHAOS, CONDEMNED]],
];

describe("search in the built site", { timeout: 90_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    `runs ${QUERIES.length} queries, each finding exactly the expected reports`,
    { timeout: 120_000 },
    async () => {
      const [first, ...rest] = QUERIES;
      if (!first) throw new Error("no queries");
      const page = await openSearch(browser, siteUrl, first[0]);
      const errors = collectErrors(page);
      const found: Record<string, string[]> = { [first[0]]: await resultSlugs(page) };
      for (const [search] of rest) {
        await searchInPlace(page, search);
        found[search] = await resultSlugs(page);
      }
      expect(found).toEqual(
        Object.fromEntries(QUERIES.map(([search, expected]) => [search, [...expected].sort()])),
      );
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("says plainly when nothing matches", async () => {
    const page = await openSearch(browser, siteUrl, "?q=quadcopter");
    await settled(page);
    await expect
      .poll(() => page.locator("pagefind-summary").innerText())
      .toMatch(/No results for quadcopter/i);
    expect(await page.locator("pagefind-results a").count()).toBe(0);
    await page.close();
  });

  it("shows excerpts of report text with the terms marked, and sub-results that link into the report", async () => {
    const page = await openSearch(browser, siteUrl, "?q=Khazali");
    await settled(page);
    const marks = await page.locator("pagefind-results .pf-result-excerpt mark").allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toContain("khazali");
    const subLinks = await page
      .locator("pagefind-results a.pf-heading-link")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute("href") ?? ""));
    expect(subLinks.length).toBeGreaterThan(0);
    for (const href of subLinks)
      expect(href).toMatch(/\/(reports|entities)\/[^/]+\/\?highlight=khazali#[\w-]+$/i);
    await page.close();
  });

  it("sorts by date when asked, and the URL keeps the sort", async () => {
    const page = await openSearch(browser, siteUrl, "?q=drone&sort=date:asc");
    await settled(page);
    expect(await page.locator("[data-search-sort]").inputValue()).toBe("date:asc");
    const oldestFirst = await page.locator("pagefind-results a.pf-result-link").count();
    expect(oldestFirst).toBe(5);
    await page.selectOption("[data-search-sort]", "date:desc");
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("date:desc");
    await page.close();
  });

  it("keeps the query in the URL: typing replaces the entry, back and forward restore searches", async () => {
    const page = await openSearch(browser, siteUrl, "?q=drone");
    await settled(page);
    const historyLength = await page.evaluate(() => history.length);
    const input = page.locator("pagefind-input input");
    await expect.poll(() => input.inputValue()).toBe("drone");
    await input.fill("");
    await input.pressSequentially("Khazali", { delay: 30 });
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Khazali");
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await resultSlugs(page)).toEqual([CHAOS, ESCAPES, TENSION]);

    await page.goto(`${siteUrl}search/?q=Biden`);
    expect(await resultSlugs(page)).toEqual([CONDEMNED, ESCAPES, TENSION]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Khazali");
    expect(await resultSlugs(page)).toEqual([CHAOS, ESCAPES, TENSION]);
    await expect.poll(() => page.locator("pagefind-input input").inputValue()).toBe("Khazali");
    await page.close();
  });

  it("adds a history entry for a filter, and back removes it", async () => {
    const page = await openSearch(browser, siteUrl, "?q=drone");
    await settled(page);
    await page
      .locator("pagefind-filter-pane")
      .locator(".pf-filter-group-name", { hasText: /^Wire$/ })
      .click();
    await page.locator("pagefind-filter-pane label", { hasText: /^\s*Wire story/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("wire")).toBe("Wire story");
    expect(await resultSlugs(page)).toEqual([ESCAPES, TENSION]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("wire")).toBeNull();
    expect(await resultSlugs(page)).toEqual(ALL);
    expect(await page.locator("pagefind-filter-pane input:checked").count()).toBe(0);
    await page.close();
  });

  it("works from the keyboard alone: / focuses the field, arrows reach results, Enter opens one highlighted", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
    await page.goto(`${siteUrl}reports/${CONDEMNED}/`);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
    await page.keyboard.type("Khazali");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=Khazali$/);
    expect(await resultSlugs(page)).toEqual([CHAOS, ESCAPES, TENSION]);
    await page.keyboard.press("/");
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLAnchorElement | null)?.href ?? "",
    );
    expect(focused).toMatch(/\/(reports|entities)\/[^/]+\/\?highlight=khazali/i);
    await page.keyboard.press("ArrowDown");
    const second = await page.evaluate(
      () => (document.activeElement as HTMLAnchorElement | null)?.href ?? "",
    );
    expect(second).not.toBe(focused);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/(reports|entities)\/[^/]+\/\?highlight=khazali/i);
    await expect.poll(() => page.locator("mark.search-highlight").count()).toBeGreaterThan(0);
    const marked = await page.locator("mark.search-highlight").first().innerText();
    // The page's spellings of the name are marked whole: "Qais al-Khazali".
    expect(marked.toLowerCase()).toContain("khazali");
    await page.close();
  });

  it("fits a phone's width, results and their one-line excerpts included, styled by Pagefind's sheet", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 4000 } });
    await page.goto(`${siteUrl}search/?q=drone`);
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    // The stylesheet arrives with the search script; the served page does not wait for it.
    const sheets = await page.evaluate(() =>
      [...document.styleSheets].map((sheet) => sheet.href ?? "inline"),
    );
    expect(sheets.some((href) => href.endsWith(`/${PAGEFIND_DIR}pagefind-component-ui.css`))).toBe(true);
    const served = await (await fetch(`${siteUrl}search/`)).text();
    expect(served).not.toContain("pagefind-component-ui.css");
    await page.close();
  });

  it("scrolls a result's page to the first highlighted paragraph", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 700 } });
    await page.goto(`${siteUrl}reports/${TENSION}/?${HIGHLIGHT_PARAM}=Khazali`);
    const mark = page.locator("mark.search-highlight").locator("visible=true").first();
    await expect.poll(() => mark.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    // Scrolling may be animated: wait for the mark to come to rest on screen.
    await expect
      .poll(async () => {
        const box = await mark.boundingBox();
        return box !== null && box.y >= 0 && box.y <= 700;
      })
      .toBe(true);
    await page.close();
  });

  it("shows an entity page's own words as its excerpt, one name at a time", async () => {
    const page = await openSearch(browser, siteUrl, "?q=Saleh");
    await settled(page);
    const entity = page.locator("pagefind-results li", {
      has: page.locator('a.pf-result-link[href*="/entities/barham-salih/"]'),
    });
    const text = await entity.innerText();
    expect(text).toContain("Barham Salih. Barham Saleh");
    // Report text an entity page quotes, and its links to reports, are not indexed.
    expect(text).not.toMatch(/\(\d+\)|Every mention/);
    await page.close();
  });

  it("marks the page's own spelling of a name typed another way", async () => {
    const page = await browser.newPage();
    // The Post spells it "Barham Salih"; the result was found as "Saleh".
    await page.goto(`${siteUrl}reports/${CONDEMNED}/?${HIGHLIGHT_PARAM}=Saleh`);
    await expect.poll(() => page.locator("mark.search-highlight").count()).toBeGreaterThan(0);
    const marked = await page.locator("mark.search-highlight").allInnerTexts();
    expect(marked.every((text) => /Salih/.test(text))).toBe(true);
    await page.close();
  });

  it.each(["compare/", "quotes/", "timeline/", "entities/mustafa-al-kadhimi/"])(
    "highlights the search terms on %s opened from a result",
    async (path) => {
      const page = await browser.newPage();
      await page.goto(`${siteUrl}${path}?${HIGHLIGHT_PARAM}=Kadhimi`);
      await expect.poll(() => page.locator("mark.search-highlight").count()).toBeGreaterThan(0);
      expect((await page.locator("mark.search-highlight").first().innerText()).toLowerCase()).toContain(
        "kadhimi",
      );
      await page.close();
    },
  );

  it.each([
    ["markup", "<img src=x onerror=alert(1)>"],
    ["a 2,000-character query", "drone ".repeat(334).slice(0, 2000)],
    ["emoji", "🚁 drone 💥"],
    ["Arabic script", "الكاظمي طائرة مسيرة"],
  ])("renders %s as text, with no console error", async (_name, query) => {
    const page = await openSearch(browser, siteUrl, `?q=${encodeURIComponent(query)}`);
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await settled(page);
    expect(await page.locator("main img").count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("search without JavaScript", () => {
  it("explains that search needs JavaScript and links to the reports", async () => {
    const browser = await launchChromium();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}reports/${CHAOS}/`);
    await page.fill("#site-search-q", "drone");
    await page.click(".site-search button");
    await page.waitForURL(/\/search\/\?q=drone$/);
    const note = page.locator("[data-search-needs-js]");
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toMatch(/needs JavaScript/);
    expect(await note.locator("a").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-search-app]").isVisible()).toBe(false);
    await browser.close();
  });
});
