import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { launchChromium } from "../../scripts/lib/browser.ts";
import {
  collectErrors,
  openSearch,
  resultPaths,
  resultSlugs,
  searchInPlace,
  settled,
} from "./lib/search-page.ts";
import { HIGHLIGHT_PARAM } from "../../src/lib/paths.ts";
import { FILTER_LABEL, PAGE_KINDS, WIRE_LABEL } from "../../src/lib/vocabulary.ts";

/** A filter value as the address bar carries it. */
const param = (value: string) => encodeURIComponent(value);

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

  /**
   * The order a researcher should see. For a name in any recorded spelling,
   * every report naming that entity comes before pages about other
   * entities (the entity's own page may come first); for words of report
   * text, the report that holds them comes before pages that echo them.
   */
  const RANKED: [string, string[], string[]][] = [
    // [query, reports expected at the top (after the entity's own page), pages that must come after them]
    [
      "Kadhimi",
      ALL,
      ["/entities/adel-abdul-mahdi/", "/entities/emmanuel-macron/", "/timeline/", "/compare/"],
    ],
    ["Kadhemi", ALL, ["/timeline/", "/compare/"]],
    ["Saleh", [CHAOS, CONDEMNED, ESCAPES, TENSION], []],
    ["Hezbollah", [CHAOS, CONDEMNED, TENSION], ["/entities/harakat-huqooq/", "/entities/abu-ali-al-askari/"]],
    ["drone bridge", [ESCAPES], ["/compare/", "/entities/tigris/"]],
    ["Khazali", [CHAOS, ESCAPES, TENSION], ["/entities/asaib-ahl-al-haq/", "/timeline/"]],
  ];

  it.each(RANKED)(
    "ranks the reports for %s above pages about others and echoes",
    async (query, reports, after) => {
      const page = await openSearch(browser, siteUrl, `?q=${param(query)}`);
      const order = await resultPaths(page);
      const top = order.filter(
        (path) => path.includes("/reports/") || order.indexOf(path) >= reports.length + 1,
      );
      const lastReport = Math.max(
        ...reports.map((slug) => order.findIndex((path) => path.endsWith(`/reports/${slug}/`))),
      );
      expect(order.filter((path) => path.includes("/reports/")).sort()).toEqual(
        reports.map((slug) => `/reports/${slug}/`).sort(),
      );
      // At most the entity's own page before the reports.
      expect(lastReport).toBeLessThanOrEqual(reports.length);
      expect(
        order.slice(0, lastReport + 1).filter((path) => !path.includes("/reports/")).length,
      ).toBeLessThanOrEqual(1);
      for (const path of after) {
        const at = order.indexOf(path);
        if (at >= 0) expect(at, `${path} in ${top.join(", ")}`).toBeGreaterThan(lastReport);
      }
      await page.close();
    },
  );

  it("shows the page's own spelling in the excerpt of a result found through another", async () => {
    const page = await openSearch(browser, siteUrl, "?q=Saleh");
    await settled(page);
    const post = page.locator("[data-search-results] > li", {
      has: page.locator(`[data-result-link][href*="/reports/${CONDEMNED}/"]`),
    });
    expect(await post.locator(".search-result__excerpt mark").allInnerTexts()).toContain("Barham Salih");
    await page.close();
  });

  it("combines values of one kind, outlet or wire with OR, keeping the others listed with what they add", async () => {
    const page = await openSearch(browser, siteUrl, "?q=drone");
    await settled(page);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.locator("[data-search-filters-toggle]").click();
    const pane = page.locator("[data-search-filters]");
    await expect.poll(() => pane.locator("fieldset").count()).toBeGreaterThan(2);
    expect(requests.some((url) => url.includes("/filter/"))).toBe(true);
    // Groups in a deliberate order: kind, outlet, wire, person, group.
    const legends = await pane.locator("legend").allInnerTexts();
    expect(legends.slice(0, 3)).toEqual([FILTER_LABEL.kind, FILTER_LABEL.outlet, FILTER_LABEL.wire]);
    const outlets = pane
      .locator("fieldset", { has: page.locator("legend", { hasText: "Outlet" }) })
      .locator("label");
    const before = await outlets.count();
    expect(before).toBeGreaterThan(2);
    await outlets.first().locator("input").check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("outlet").length).toBe(1);
    await expect.poll(() => resultSlugs(page).then((slugs) => slugs.length)).toBe(1);
    // The other outlets stay, each with the results it would add.
    await expect.poll(() => outlets.count()).toBe(before);
    const added = await outlets.locator("input:not(:checked) ~ .search-filter__count").allInnerTexts();
    expect(added.every((count) => /^\+\d+$/.test(count))).toBe(true);
    await outlets.nth(1).locator("input").check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("outlet").length).toBe(2);
    await expect.poll(() => resultSlugs(page).then((slugs) => slugs.length)).toBe(2);
    await page.close();
  });

  it("combines people with AND: reports naming both", async () => {
    const page = await openSearch(browser, siteUrl, "?person=Qais+al-Khazali&person=Joe+Biden");
    expect(await resultSlugs(page)).toEqual([ESCAPES, TENSION]);
    await page.close();
  });

  it("loads no filter list until the filters are opened", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${siteUrl}search/?q=Kadhimi`);
    await settled(page);
    expect(requests.filter((url) => url.includes("/filter/"))).toEqual([]);
    expect(requests.filter((url) => url.endsWith("/search/words.json"))).toEqual([]);
    await page.close();
  });

  it("fetches the fragments of the results on screen only, and the others as they scroll into view", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fragments = new Set<string>();
    page.on("request", (request) => {
      if (request.url().endsWith(".pf_fragment")) fragments.add(request.url());
    });
    await page.goto(`${siteUrl}search/?q=Kadhimi`);
    await page.locator("[data-search-results] [data-result-link]").first().waitFor();
    await page.waitForLoadState("networkidle");
    const onScreen = await page
      .locator("[data-search-results] > li")
      .evaluateAll((items) => items.filter((item) => item.getBoundingClientRect().top < innerHeight).length);
    const drawn = await page.locator("[data-search-results] > li:not(.is-loading)").count();
    expect(fragments.size).toBe(drawn);
    expect(drawn).toBe(onScreen);
    expect(drawn).toBeLessThan(await page.locator("[data-search-results] > li").count());
    await page.locator("[data-search-results] > li.is-loading").first().scrollIntoViewIfNeeded();
    await expect.poll(() => fragments.size).toBeGreaterThan(drawn);
    await page.close();
  });

  it.each([
    ["Kadimi", "Kadhimi"],
    ["Sadir", "Sadr"],
    ["Hizbollah", "Hezbollah"],
  ])("offers a search for the nearest word when %s finds little", async (typo, word) => {
    const page = await openSearch(browser, siteUrl, `?q=${typo}`);
    const suggestion = page.locator("[data-search-suggest] a", { hasText: new RegExp(`^${word}$`) });
    await expect.poll(() => suggestion.count(), { timeout: 10_000 }).toBe(1);
    await suggestion.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(word);
    expect((await resultSlugs(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it("offers starting points for an empty query: the latest reports and the most-named people and groups", async () => {
    const page = await openSearch(browser, siteUrl, "");
    const start = page.locator("[data-search-start]");
    expect(await start.isVisible()).toBe(true);
    const lists = await start.locator("ul").evaluateAll((lists) => lists.map((list) => list.children.length));
    expect(lists.length).toBe(3);
    for (const count of lists) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(10);
    }
    expect(await start.locator("a").first().getAttribute("href")).toMatch(/\/reports\//);
    await page.locator("[data-search-field]").fill("drone");
    await expect.poll(() => start.isVisible()).toBe(false);
    await page.close();
  });

  it.each(["light", "dark"] as const)(
    "has no accessibility violation with results, filters and suggestions shown, in %s mode",
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 2000 } });
      const page = await context.newPage();
      await page.goto(`${siteUrl}search/?q=drone&outlet=${param("The Washington Post")}`);
      await page.locator("[data-search-filters] fieldset").first().waitFor();
      await page.locator("[data-result-link]").first().waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      await context.close();
    },
  );

  it("says plainly when nothing matches", async () => {
    const page = await openSearch(browser, siteUrl, "?q=quadcopter");
    await settled(page);
    await expect
      .poll(() => page.locator("[data-search-summary]").innerText())
      .toMatch(/No results for “quadcopter”/i);
    expect(await page.locator("[data-search-results] a").count()).toBe(0);
    await page.close();
  });

  it("shows excerpts of report text with the terms marked, and sub-results that link into the report", async () => {
    const page = await openSearch(browser, siteUrl, "?q=Khazali");
    await settled(page);
    const marks = await page.locator("[data-search-results] .search-result__excerpt mark").allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toContain("khazali");
    const subLinks = await page
      .locator("[data-search-results] .search-result__parts a")
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
    await page.selectOption("[data-search-sort]", "date:desc");
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("date:desc");
    await page.close();
  });

  it.each([
    ["?q=drone", ""],
    ["?q=Kadhimi", ""],
    ["?q=drone", `&kind=${param(PAGE_KINDS.entity)}`],
    ["?q=drone", `&kind=${param(PAGE_KINDS.report)}`],
    ["?q=Hezbollah", `&wire=${param(WIRE_LABEL.own)}`],
    ["?q=drone", "&person=Qais+al-Khazali"],
    ["?q=drone", `&outlet=${param("The Washington Post")}&outlet=${param("Agence France-Presse (AFP)")}`],
    ["", `&kind=${param(PAGE_KINDS.report)}`],
  ])("never loses a result by sorting: %s%s", async (query, filters) => {
    const page = await openSearch(browser, siteUrl, `${query || "?"}${filters}`);
    const best = await resultPaths(page);
    expect(best.length).toBeGreaterThan(0);
    const sorted: Record<string, string[]> = {};
    for (const sort of ["date:asc", "date:desc"]) {
      await searchInPlace(page, `${query || "?"}${filters}&sort=${sort}`);
      sorted[sort] = await resultPaths(page);
      expect([...(sorted[sort] ?? [])].sort()).toEqual([...best].sort());
    }
    // Undated pages (entities, the comparison, …) come after the reports, either way.
    for (const order of Object.values(sorted)) {
      const firstUndated = order.findIndex((path) => !path.includes("/reports/"));
      if (firstUndated >= 0)
        expect(order.slice(firstUndated).every((path) => !path.includes("/reports/"))).toBe(true);
    }
    await page.close();
  });

  it("keeps the query in the URL: typing replaces the entry, back and forward restore searches", async () => {
    const page = await openSearch(browser, siteUrl, "?q=drone");
    await settled(page);
    const historyLength = await page.evaluate(() => history.length);
    const input = page.locator("[data-search-field]");
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
    await expect.poll(() => page.locator("[data-search-field]").inputValue()).toBe("Khazali");
    await page.close();
  });

  it("adds a history entry for a filter, and back removes it", async () => {
    const page = await openSearch(browser, siteUrl, "?q=drone");
    await settled(page);
    await page.locator("[data-search-filters-toggle]").click();
    await page.locator("[data-search-filters] label", { hasText: /^\s*Wire story/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("wire")).toBe("Wire story");
    expect(await resultSlugs(page)).toEqual([ESCAPES, TENSION]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("wire")).toBeNull();
    expect(await resultSlugs(page)).toEqual(ALL);
    expect(await page.locator("[data-search-filters] input:checked").count()).toBe(0);
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

  it("labels each result with kind, outlet and date, and fits excerpts of two or three lines on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 4000 } });
    await page.goto(`${siteUrl}search/?q=drone`);
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const results = await page.locator("[data-search-results] > li").evaluateAll((items) =>
      items.map((item) => {
        const excerpt = item.querySelector(".search-result__excerpt");
        const lineHeight = excerpt ? parseFloat(getComputedStyle(excerpt).lineHeight) : 1;
        return {
          href: item.querySelector<HTMLAnchorElement>("[data-result-link]")?.pathname ?? "",
          facts: item.querySelector(".search-result__facts")?.textContent ?? "",
          lines: excerpt ? Math.round(excerpt.getBoundingClientRect().height / lineHeight) : 0,
          parts: [...item.querySelectorAll(".search-result__parts a")].map((a) => a.textContent ?? ""),
        };
      }),
    );
    const reports = results.filter((result) => result.href.includes("/reports/"));
    expect(reports).toHaveLength(5);
    for (const report of reports) {
      // Kind · outlet · date, as the report page's search attributes give them.
      expect(report.facts).toMatch(/^Report · .+ · .*\d{4}/);
      expect(report.lines).toBeGreaterThanOrEqual(2);
      expect(report.lines).toBeLessThanOrEqual(4);
    }
    expect(results.find((result) => result.href.includes("/entities/"))?.facts).toBe(PAGE_KINDS.entity);
    // Paragraphs are named by number and opening words: ¶5 "Three drones were launched…".
    const parts = reports.flatMap((result) => result.parts);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(part).toMatch(/^¶\d+ ".+"$/);
    expect(parts).toContain('¶5 "Three drones were launched…"');
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

  it.each(["light", "dark"] as const)(
    "keeps marks visible inside the targeted paragraph, whole words, in %s mode",
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${siteUrl}reports/${ESCAPES}/?${HIGHLIGHT_PARAM}=drones#p-5`);
      const mark = page.locator("#p-5 mark.search-highlight").first();
      await expect.poll(() => mark.count()).toBe(1);
      const colours = await mark.evaluate((node) => {
        const style = getComputedStyle(node);
        const paragraph = getComputedStyle(node.closest("p") as Element);
        return {
          mark: style.backgroundColor,
          paragraph: paragraph.backgroundColor,
          text: style.color,
          underline: /rgb\([^)]*\)/.exec(style.boxShadow)?.[0] ?? "",
          padding: [style.paddingLeft, style.paddingRight, style.marginLeft, style.marginRight],
          text_: node.textContent,
        };
      });
      expect(colours.padding).toEqual(["0px", "0px", "0px", "0px"]);
      expect(colours.text_).toBe("drones");
      expect(contrast(colours.text, colours.mark)).toBeGreaterThanOrEqual(4.5);
      expect(colours.mark).not.toBe(colours.paragraph);
      expect(contrast(colours.mark, colours.paragraph)).toBeGreaterThanOrEqual(1.3);
      expect(contrast(colours.underline, colours.mark)).toBeGreaterThanOrEqual(3);
      await context.close();
    },
  );

  it("shows an entity page's own words as its excerpt, one name at a time", async () => {
    const page = await openSearch(browser, siteUrl, "?q=Saleh");
    await settled(page);
    const entity = page.locator("[data-search-results] > li", {
      has: page.locator('[data-result-link][href*="/entities/barham-salih/"]'),
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

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

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
    expect(await note.innerText()).toContain("links to each one, and about the archive");
    expect(await note.locator("a").count()).toBeGreaterThan(0);
    // The latest reports are listed on the page itself.
    expect(await page.locator("[data-search-start] a[href*='/reports/']").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-search-app]").isVisible()).toBe(false);
    await browser.close();
  });
});
