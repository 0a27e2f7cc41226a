import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { reportFiles } from "./lib/dist.ts";

/**
 * The archive read as a reader would on a phone (390 × 844) and with the
 * keyboard: no page wider than the screen, the first report and a report's
 * first paragraph on the first screen, notes at a readable size, every
 * note closed while tabbing past the text, no quotation mark doubled (the
 * ones `<q>` adds through CSS included), explanations reached by tap or key.
 */

const siteUrl = inject("siteUrl");
const reports = reportFiles();
const PHONE = { width: 390, height: 844 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport = PHONE): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(new URL(path, siteUrl).href);
  return page;
}

/** A page of every kind. */
const PAGES = [
  "",
  "about/",
  "compare/",
  "coverage/",
  "entities/",
  "entities/mustafa-al-kadhimi/",
  "quotes/",
  "timeline/",
  "search/",
  "no-such-page/",
  ...reports.map((report) => `reports/${report.slug}/`),
];

describe("on a phone, 390 px wide", () => {
  it.each(PAGES)("%s is no wider than the screen", async (path) => {
    const page = await open(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it("the home page shows its first report on the first screen", async () => {
    const page = await open("");
    const box = await page.locator(".report-list .report-card__title a").first().boundingBox();
    console.log(`home: first report link at y=${Math.round(box?.y ?? -1)}`);
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    await page.close();
  });

  it.each(reports)("$slug starts its first paragraph on the first screen", async ({ slug }) => {
    const page = await open(`reports/${slug}/`);
    const y = await page
      .locator(".report__body > p.para")
      .first()
      .evaluate((p) => p.getBoundingClientRect().top);
    console.log(`${slug}: first paragraph at y=${Math.round(y)}`);
    expect(y).toBeLessThan(PHONE.height - 100);
    await page.close();
  });

  it.each(reports)("$slug sets its notes in 15 px type or larger", async ({ slug }) => {
    const page = await open(`reports/${slug}/`);
    const sizes = await page
      .locator(".para-notes")
      .evaluateAll((notes) => notes.map((note) => parseFloat(getComputedStyle(note).fontSize)));
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(15);
    await page.close();
  });

  it("the coverage table scrolls inside its box, its entity column staying in place", async () => {
    const page = await open("coverage/");
    await expect(page.locator(".table-scroll__hint").isVisible()).resolves.toBe(true);
    const cell = page.locator(".coverage tbody th[scope=row]").first();
    const before = await cell.boundingBox();
    const scrolled = await page.locator(".table-scroll").evaluate((box) => {
      box.scrollLeft = 200;
      return box.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(0);
    const after = await cell.boundingBox();
    expect(after?.x).toBe(before?.x);
    await page.close();
  });
});

describe("with the keyboard", () => {
  it.each(reports)("$slug: Tab meets each name once and no folded note's links", async ({ slug }) => {
    const page = await open(`reports/${slug}/`);
    const stops: { inBody: boolean; kind: string }[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return undefined;
        if (element.hasAttribute("data-tab-seen")) return undefined;
        element.setAttribute("data-tab-seen", "");
        const kind = element.matches(".entity-link")
          ? "name"
          : element.matches(".permalink")
            ? "permalink"
            : element.closest(".para-notes")
              ? "note"
              : "other";
        return { inBody: Boolean(element.closest(".report__body")), kind };
      });
      if (!stop) break;
      stops.push(stop);
    }
    const count = (kind: string) => stops.filter((stop) => stop.inBody && stop.kind === kind).length;
    const expected = await page.evaluate(() => {
      const body = document.querySelector(".report__body");
      const open = [...(body?.querySelectorAll(".para-notes") ?? [])].map((note) =>
        note.querySelector("details") ? 1 : note.querySelectorAll("a").length,
      );
      return {
        names: body?.querySelectorAll("a.entity-link").length ?? 0,
        permalinks: body?.querySelectorAll(".permalink").length ?? 0,
        notes: open.reduce((sum, n) => sum + n, 0),
      };
    });
    console.log(
      `${slug}: ${stops.length} tab stops (${count("name")} names, ${count("permalink")} permalinks, ${count("note")} in notes)`,
    );
    expect(count("name")).toBe(expected.names);
    expect(count("permalink")).toBe(expected.permalinks);
    // A folded note is one stop, its summary; an open line is its links.
    expect(count("note")).toBe(expected.notes);
    await page.close();
  });

  it("a basis label opens its explanation with Enter", async () => {
    const page = await open(`reports/${reports[0]?.slug}/`);
    const chip = page.locator(".byline a.basis").first();
    const label = (await chip.textContent())?.trim() ?? "";
    await chip.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/about\/#/);
    const target = await page.evaluate(() => document.querySelector(":target")?.textContent?.trim());
    expect(target).toBe(label);
    await page.close();
  });

  it("the evidence behind a byline is one key away", async () => {
    const page = await open(`reports/${reports[0]?.slug}/`);
    const details = page.locator(".byline__details");
    await expect(details.locator("dd").first().isVisible()).resolves.toBe(false);
    await details.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(details.locator("dd").first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe("quotation marks", () => {
  it.each(PAGES)("%s never doubles a quotation mark, <q>'s own included", async (path) => {
    const page = await open(path, { width: 1280, height: 900 });
    const text = await page.evaluate(() => {
      // The page's text with the marks CSS generates for <q> written in.
      const marks = (q: Element, side: "::before" | "::after") => {
        const content = getComputedStyle(q, side).content;
        if (content !== "open-quote" && content !== "close-quote") return "";
        const quotes = getComputedStyle(q).quotes;
        const pairs =
          quotes === "auto" || quotes === ""
            ? ["“", "”", "‘", "’"]
            : quotes === "none"
              ? []
              : [...quotes.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? "");
        const depth = (() => {
          let n = 0;
          for (let up = q.parentElement; up; up = up.parentElement) if (up.tagName === "Q") n += 1;
          return n;
        })();
        const pair = pairs.length >= 2 ? Math.min(depth, pairs.length / 2 - 1) * 2 : -1;
        if (pair < 0) return "";
        return pairs[content === "open-quote" ? pair : pair + 1] ?? "";
      };
      const walk = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
        if (!(node instanceof Element) || ["SCRIPT", "STYLE", "TEMPLATE"].includes(node.tagName)) return "";
        const inner = [...node.childNodes].map(walk).join("");
        if (node.tagName === "Q") return `${marks(node, "::before")}${inner}${marks(node, "::after")}`;
        // Blocks and list items stand apart, as they read.
        return getComputedStyle(node).display === "inline" ? inner : `\n${inner}\n`;
      };
      return walk(document.body);
    });
    const doubled = /[“”"„«»][ \t\u00a0]*[“"„«]|[”"»][ \t\u00a0]*[”"»]|‘‘|’’/u.exec(text);
    expect(doubled && text.slice(Math.max(0, doubled.index - 40), doubled.index + 40)).toBeNull();
    await page.close();
  });
});
