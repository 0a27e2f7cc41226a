import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/lib/browser.ts";
import { withTrailingSlash } from "../../src/lib/paths.ts";
import { SECURITY_HEADERS } from "../../src/lib/build/security-policy.ts";
import { collectErrors, resultSlugs } from "../site/lib/search-page.ts";
import { startNginx, type RunningNginx } from "./nginx.ts";
import { servedFiles, type ServedFile } from "./served-files.ts";

/** Every way a response differs from what it must be. */
async function problemsWith(url: string, expected: ServedFile): Promise<string[]> {
  const response = await fetch(url, { redirect: "manual" });
  const body = await response.text();
  const found: Record<string, string | number | null> = {
    status: response.status,
    "Content-Type": response.headers.get("content-type"),
    "Cache-Control": response.headers.get("cache-control"),
  };
  const wanted: Record<string, string | number | null> = {
    status: expected.status,
    "Content-Type": expected.type,
    "Cache-Control": expected.cache,
  };
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    found[name] = response.headers.get(name);
    wanted[name] = value;
  }
  const problems = Object.keys(wanted)
    .filter((name) => found[name] !== wanted[name])
    .map((name) => `${expected.what}: ${name} is ${found[name]}, not ${wanted[name]}`);
  // A policy only has meaning on a document: pages (the 404 page too) carry it, no other file does.
  const policy = response.headers.get("content-security-policy");
  if (expected.type.startsWith("text/html")) {
    if (!/frame-ancestors 'self'/.test(policy ?? ""))
      problems.push(`${expected.what}: no Content-Security-Policy with frame-ancestors`);
  } else if (policy !== null) {
    problems.push(`${expected.what}: a Content-Security-Policy on a file that is not a page`);
  }
  if (expected.status === 404 && !body.includes("Page not found"))
    problems.push(`${expected.what}: not the archive's 404 page`);
  return problems;
}

/**
 * The shipped nginx configuration (deploy/nginx/) serving a build made for
 * `base` (into `dir`: it may be built in a beforeAll), checked response
 * by response and then in Chromium. Reports
 * named in `reportSlugs` must all be found by a search for "drone".
 */
export function describeArchiveOnNginx(dir: string, base: string, reportSlugs: string[]) {
  describe("served by Debian's nginx with the shipped configuration", () => {
    const prefix = withTrailingSlash(base);
    let nginx: RunningNginx;
    const url = (path: string) => `${nginx.origin}${prefix}${path}`;

    beforeAll(async () => {
      nginx = await startNginx(dir, base);
    });
    afterAll(async () => {
      await nginx?.stop();
    });

    it("sends each kind of file with its type, the security headers and its caching", async () => {
      const problems: string[] = [];
      for (const expected of servedFiles(dir))
        problems.push(...(await problemsWith(url(expected.path), expected)));
      expect(problems).toEqual([]);
    });

    it("sends the source copies byte for byte, never the host's header file", async () => {
      const copy = readdirSync(join(dir, "sources"))[0] ?? "missing";
      const served = Buffer.from(await (await fetch(url(`sources/${copy}`))).arrayBuffer());
      expect(served.equals(readFileSync(join(dir, "sources", copy)))).toBe(true);
      expect(await (await fetch(url("_headers"))).text()).not.toContain("Content-Security-Policy:");
    });

    it("redirects a folder's address without its slash to the folder", async () => {
      const response = await fetch(url("about"), { redirect: "manual" });
      expect(response.status).toBe(301);
      expect(new URL(response.headers.get("location") ?? "", nginx.origin).pathname).toBe(`${prefix}about/`);
    });

    it("shows a report and runs a search in Chromium, with no CSP violation and no console error", async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
        // Injected by the browser, not the page: the policy does not apply to it.
        await page.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (event) => {
            console.error(
              `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`,
            );
          });
        });
        const errors = collectErrors(page);
        const slug = reportSlugs[0] ?? "missing";
        const report = await page.goto(url(`reports/${slug}/`), { waitUntil: "load" });
        expect(report?.status()).toBe(200);
        expect(await page.locator("#p-1").isVisible()).toBe(true);
        await page.goto(url("search/?q=drone"), { waitUntil: "load" });
        expect(await resultSlugs(page)).toEqual(expect.arrayContaining(reportSlugs));
        expect(errors).toEqual([]);
        expect(nginx.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
      } finally {
        await browser.close();
      }
    });
  });
}
