/**
 * npm run screenshots -- [path …]: serves dist/ and saves full-page PNGs of
 * each path at phone (390 px) and desktop (1280 px) widths, light and dark,
 * in screenshots/. With no paths: home, about, every report and the 404 page.
 */
import { mkdirSync, readdirSync } from "node:fs";
import { launchChromium } from "./lib/browser.ts";
import { createStaticServer, listen } from "./lib/static-server.ts";
import { deploymentFromEnv, withTrailingSlash } from "../src/lib/paths.ts";

const { base } = deploymentFromEnv();
const prefix = withTrailingSlash(base);
const reports = readdirSync("dist/reports").map((slug) => `reports/${slug}/`);
const paths =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["", "about/", ...reports, "missing-page/"];
const widths = [390, 1280];
const schemes = ["light", "dark"] as const;

const server = createStaticServer({ dir: "dist", base });
const origin = await listen(server, 0);
const browser = await launchChromium();
mkdirSync("screenshots", { recursive: true });
try {
  for (const path of paths) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(`${origin}${prefix}${path}`, { waitUntil: "networkidle" });
        const name =
          (path.replace(/\/$/, "").replaceAll("/", "_") || "home") + `-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        await page.close();
        console.log(`screenshots/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
