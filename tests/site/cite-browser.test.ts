import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";

const siteUrl = inject("siteUrl");
const AP = "reports/tension-rising-after-failed-assassination-bid/";
const CITATION = (url: string) =>
  `AP, '[Tension rising in Iraq after failed assassination bid of PM]', ¶5, ${url}#p-5`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext): Promise<{ page: Page; errors: string[]; canonical: string }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(AP, siteUrl).href, { waitUntil: "load" });
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  return { page, errors, canonical };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe("the ¶ copies a citation to its paragraph", () => {
  it("with the keyboard: one tab stop, Enter copies, the status confirms, the paragraph is the target", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const { page, errors, canonical } = await open(context);
    // The paragraph's own tab stops are its names' links and the ¶: no extra copy button.
    const stops = await page
      .locator("#p-5 a, #p-5 button")
      .evaluateAll((elements) =>
        elements
          .filter((element) => !element.classList.contains("entity-link"))
          .map((element) => element.className),
      );
    expect(stops).toEqual(["permalink"]);
    await page.locator("#p-5 a").last().focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("permalink"))).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => clipboard(page)).toBe(CITATION(canonical));
    await expect.poll(() => page.locator("#cite-status").isVisible()).toBe(true);
    expect(await page.locator("#cite-status").textContent()).toContain("Copied citation to ¶5");
    expect(new URL(page.url()).hash).toBe("#p-5");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("by touch: the ¶ shows without hover, is at least 24 by 24 px, and a tap copies", async () => {
    const context = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const { page, errors, canonical } = await open(context);
    const link = page.locator("#p-5 .permalink");
    await link.scrollIntoViewIfNeeded();
    expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe("1");
    const box = await link.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await link.tap();
    await expect.poll(() => clipboard(page)).toBe(CITATION(canonical));
    await expect.poll(() => page.locator("#cite-status").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the citation to copy by hand where the clipboard is refused", async () => {
    const context = await browser.newContext();
    const { page, canonical } = await open(context);
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new Error("refused")) },
      });
    });
    await page.locator("#p-5 .permalink").click();
    await expect
      .poll(() => page.locator("#cite-status .cite-status__text").textContent())
      .toBe(CITATION(canonical));
    await context.close();
  });

  it("in a wide screen's margin: on the first line, clear of the targeted paragraph's highlight", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(`${AP}#p-5`, siteUrl).href, { waitUntil: "load" });
    const place = await page.evaluate(() => {
      const paragraph = document.querySelector("#p-5") as HTMLElement;
      const link = (paragraph.querySelector(".permalink") as HTMLElement).getBoundingClientRect();
      const box = paragraph.getBoundingClientRect();
      const style = getComputedStyle(paragraph);
      const highlight = Number.parseFloat(style.boxShadow.match(/(-?[\d.]+)px\)?$/)?.[1] ?? "0");
      return {
        gap: box.left - highlight - link.right,
        offCentre: link.top + link.height / 2 - (box.top + Number.parseFloat(style.lineHeight) / 2),
        highlight,
      };
    });
    expect(place.highlight).toBeGreaterThan(0);
    expect(place.gap).toBeGreaterThanOrEqual(4);
    expect(Math.abs(place.offCentre)).toBeLessThan(2);
    await context.close();
  });

  it("stays a plain link without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(context);
    await page.locator("#p-5 .permalink").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash).toBe("#p-5");
    expect(await page.locator("#cite-status").count()).toBe(0);
    await context.close();
  });
});

/**
 * Every element the page prints, with a background darker than a light tint or text paler than a mid grey
 * (WCAG relative luminance), named by tag and class.
 */
function printedColours(page: Page) {
  return page.evaluate(() => {
    const luminance = (colour: string): { value: number; alpha: number } | undefined => {
      const parts = colour.match(/[\d.]+/g)?.map(Number);
      if (!parts || parts.length < 3) return undefined;
      const [r = 0, g = 0, b = 0, alpha = 1] = parts;
      const linear = (c: number) =>
        c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return { value: 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b), alpha };
    };
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`;
    const printed = [document.body, ...document.body.querySelectorAll("*")].filter(
      (element) => element.checkVisibility() && element.getClientRects().length > 0,
    );
    const darkBackgrounds: string[] = [];
    const paleText: string[] = [];
    for (const element of printed) {
      const style = getComputedStyle(element);
      const background = luminance(style.backgroundColor);
      if (background && background.alpha > 0 && background.value < 0.8)
        darkBackgrounds.push(`${name(element)} ${style.backgroundColor}`);
      const text = luminance(style.color);
      if (text && text.value > 0.2) paleText.push(`${name(element)} ${style.color}`);
    }
    return { elements: printed.length, darkBackgrounds, paleText };
  });
}

describe("a printed report", () => {
  it("numbers every paragraph in the margin and prints in light colours, even from dark mode", async () => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const { page } = await open(context);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const printed = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll<HTMLElement>(".report__body > .para")];
      return {
        ids: paragraphs.map((paragraph) => paragraph.id),
        shown: paragraphs.every((paragraph) => {
          const link = paragraph.querySelector(".permalink");
          return (
            link !== null &&
            getComputedStyle(link).display !== "none" &&
            getComputedStyle(link).opacity === "1"
          );
        }),
        counted: paragraphs.every((paragraph) => getComputedStyle(paragraph).counterIncrement === "para 1"),
        number: getComputedStyle(
          document.querySelector("#p-5 .permalink [aria-hidden]") as Element,
          "::after",
        ).content,
        background: getComputedStyle(document.body).backgroundColor,
        tag: getComputedStyle(document.querySelector(".byline .tag") as Element).color,
        tagBackground: getComputedStyle(document.querySelector(".byline .tag") as Element).backgroundColor,
      };
    });
    const colours = await printedColours(page);
    // Counting every .para in order gives each its own id's number.
    expect(printed.ids).toEqual(printed.ids.map((_, index) => `p-${index + 1}`));
    expect(printed.shown).toBe(true);
    expect(printed.counted).toBe(true);
    expect(printed.number).toBe("counter(para)");
    expect(printed.background).toBe("rgb(255, 255, 255)");
    expect(printed.tag).toBe("rgb(122, 37, 12)");
    // The wire chip is a dark outline on the paper, not a tinted pill.
    expect(printed.tagBackground).toBe("rgba(0, 0, 0, 0)");
    // Every element that prints: no dark fill, no pale text.
    expect(colours.elements).toBeGreaterThan(100);
    expect(colours.darkBackgrounds).toEqual([]);
    expect(colours.paleText).toEqual([]);
    await context.close();
  });
});
