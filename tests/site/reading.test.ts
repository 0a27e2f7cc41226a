import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { bodyParagraphs } from "../../src/lib/reports/text.ts";
import { reportFiles } from "./lib/dist.ts";

const siteUrl = inject("siteUrl");
const reports = reportFiles();
const [firstReport, secondReport] = reports;
if (!firstReport || !secondReport) throw new Error("the site tests need at least two reports");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and collects every console error and uncaught exception on it. */
async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(new URL(path, siteUrl).href);
  expect(response?.status()).toBe(200);
  return { page, errors };
}

describe("reading the archive in Chromium", () => {
  it("home lists every report, linked", async () => {
    const { page, errors } = await openPage("");
    await expect(page.locator("h1").textContent()).resolves.toContain("A News Archive");
    const links = await page
      .locator(".report-list .report-card__title a")
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    expect(links.sort()).toEqual(
      reports.map((report) => new URL(`reports/${report.slug}/`, siteUrl).pathname).sort(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(reports)("$slug shows its headline and every paragraph", async ({ slug, data, body }) => {
    const { page, errors } = await openPage(`reports/${slug}/`);
    const expectedTitle = data.titleSource === "printed" ? data.title : `[${data.title}]`;
    await expect(page.locator("h1").textContent()).resolves.toBe(expectedTitle);
    await expect(page.locator(".report__body > p.para").count()).resolves.toBe(bodyParagraphs(body).length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a paragraph permalink leads to that paragraph, highlighted and in view", async () => {
    const report = firstReport;
    const { page, errors } = await openPage(`reports/${report.slug}/`);
    const link = page.locator("#p-5 .permalink");
    await link.focus();
    await expect(link.evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe("1");
    await link.click();
    expect(new URL(page.url()).hash).toBe("#p-5");
    const target = page.locator("#p-5");
    await expect(target.evaluate((element) => element.matches(":target"))).resolves.toBe(true);
    // Scrolling may be animated: wait until the paragraph's top is on screen.
    await page.waitForFunction(() => {
      const top = document.querySelector("#p-5")?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight;
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a report's heading line reads its place, length and reading time, words apart", async () => {
    const { page, errors } = await openPage(`reports/${firstReport.slug}/`);
    const eyebrow = await page.locator(".report__top .eyebrow").innerText();
    expect(eyebrow).toMatch(/^Report \d+ of \d+ · [\d,]+ words · \d+ min read$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an unknown address gets the archive's 404 page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(new URL("no-such-page/", siteUrl).href);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("Page not found");
    await page.close();
  });

  it("reading needs no JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`reports/${secondReport.slug}/`, siteUrl).href);
    await expect(page.locator(".report__body > p.para").first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});
