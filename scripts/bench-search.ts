/**
 * npm run bench:search -- [--dir dist] [first query] [later query]
 *
 * What search costs a reader, measured in Chromium against a built site
 * (dist/, or --dir: e.g. a synthetic archive kept by `npm run bench -- --keep`)
 * served locally: bytes transferred and time for
 * the search page itself, for the first query (which loads Pagefind, its
 * WebAssembly and the index) and for a later query.
 *
 * The local server sends files uncompressed; a static host gzips text
 * (HTML, CSS, JS, JSON). Both figures are printed: "served" as measured,
 * "gzip" with each text response counted at its gzip size. Pagefind's
 * index, fragment and wasm files are already compressed and count as is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launchChromium } from "./lib/browser.ts";
import { createStaticServer, listen } from "./lib/static-server.ts";
import { deploymentFromEnv, withTrailingSlash } from "../src/lib/paths.ts";

const GOAL_FIRST_QUERY_BYTES = 100 * 1024;
const { base } = deploymentFromEnv();
const prefix = withTrailingSlash(base);
const { values, positionals } = parseArgs({
  options: { dir: { type: "string", default: "dist" } },
  allowPositionals: true,
});
const siteDir = values.dir;
const [firstQuery = "drone", laterQuery = "Khazali"] = positionals;

interface Transfer {
  url: string;
  served: number;
  gzip: number;
}

const TEXT = /\.(html|css|js|json|txt|svg)$|\/$/;

function gzipSize(url: string, served: number): number {
  const path = new URL(url).pathname.slice(prefix.length);
  const file = join(siteDir, path.endsWith("/") || path === "" ? `${path}index.html` : path);
  if (!TEXT.test(new URL(url).pathname)) return served;
  try {
    return (
      gzipSync(readFileSync(file), { level: 6 }).length + Math.max(0, served - readFileSync(file).length)
    );
  } catch {
    return served;
  }
}

const server = createStaticServer({ dir: siteDir, base });
const origin = await listen(server, 0);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  // Context-wide, so the requests of Pagefind's web worker are counted too.
  page.context().on("requestfinished", (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const served = sizes.responseBodySize + sizes.responseHeadersSize;
        transfers.push({ url: request.url(), served, gzip: gzipSize(request.url(), served) });
      }),
    );
  });
  const take = async () => {
    await Promise.all(pending.splice(0));
    const taken = transfers;
    transfers = [];
    return taken;
  };
  // A reader's screen: results below it load only when scrolled to, so the
  // query is done when the summary and the first drawn result are there.
  const settled = () =>
    page.waitForFunction(
      () =>
        /result/i.test(document.querySelector("pagefind-summary")?.textContent ?? "") &&
        !/Searching/i.test(document.querySelector("pagefind-summary")?.textContent ?? "") &&
        document.querySelector("pagefind-results a.pf-result-link") !== null,
      undefined,
      { timeout: 60_000 },
    );

  let start = performance.now();
  await page.goto(`${origin}${prefix}search/`, { waitUntil: "networkidle" });
  await page.locator("pagefind-input input").waitFor();
  const pageLoad = { ms: performance.now() - start, transfers: await take() };

  const run = async (query: string) => {
    const input = page.locator("pagefind-input input");
    await input.fill("");
    start = performance.now();
    await input.fill(query);
    await settled();
    const ms = performance.now() - start;
    await page.waitForLoadState("networkidle");
    return { ms, transfers: await take() };
  };
  const first = await run(firstQuery);
  const later = await run(laterQuery);

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const sum = (list: Transfer[], key: "served" | "gzip") => list.reduce((total, t) => total + t[key], 0);
  const report = (label: string, step: { ms: number; transfers: Transfer[] }) => {
    console.log(
      `${label.padEnd(34)} ${String(step.transfers.length).padStart(3)} requests  served ${kb(sum(step.transfers, "served")).padStart(9)}  gzip ${kb(sum(step.transfers, "gzip")).padStart(9)}  ${step.ms.toFixed(0).padStart(5)} ms`,
    );
    if (process.env["VERBOSE"]) {
      for (const t of step.transfers)
        console.log(`    ${kb(t.served).padStart(9)} ${kb(t.gzip).padStart(9)}  ${t.url}`);
    }
  };
  console.log(
    `Search benchmark: ${siteDir}/ served at ${origin}${prefix}, Chromium, warm server, cold browser cache\n`,
  );
  report("search page (HTML, CSS, UI script)", pageLoad);
  report(`first query "${firstQuery}"`, first);
  report(`later query "${laterQuery}"`, later);
  // The search page starts Pagefind before the first keystroke: its engine
  // (script, WebAssembly, entry file, filter lists) arrives with the page,
  // once, and is cached. The query itself then fetches index chunks and the
  // fragments of the results on screen.
  const engine = pageLoad.transfers.filter((t) => /\/pagefind\/(?!pagefind-component-ui)/.test(t.url));
  const query = sum(first.transfers, "gzip");
  const withEngine = query + sum(engine, "gzip");
  const withPage = query + sum(pageLoad.transfers, "gzip");
  const verdict = (bytes: number) => (bytes < GOAL_FIRST_QUERY_BYTES ? "under" : "OVER");
  console.log(`\nfirst query, gzip (goal < ${kb(GOAL_FIRST_QUERY_BYTES)}):`);
  console.log(`  the query's own requests                ${kb(query).padStart(9)}  ${verdict(query)}`);
  console.log(
    `  with Pagefind's engine (${kb(sum(engine, "gzip"))})        ${kb(withEngine).padStart(9)}  ${verdict(withEngine)}`,
  );
  console.log(`  with the whole search page, cold cache  ${kb(withPage).padStart(9)}  ${verdict(withPage)}`);
} finally {
  await browser.close();
  server.close();
}
