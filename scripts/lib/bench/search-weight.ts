/**
 * What a first search costs a reader, measured in Chromium: the archive's
 * `/search/?q=…` opened cold until the first results show, and the same
 * query on the Starlight peer (../shared/peers/starlight: Astro's
 * documentation theme with its built-in Pagefind search, over the same
 * copies), from its report page through opening its search to its first
 * result. Both are served locally; a static host gzips text, so each text
 * response counts at its gzip size (Pagefind's index, fragment and filter
 * files are gzipped already and count as served).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { createStaticServer, listen } from "../static-server.ts";
import { withTrailingSlash } from "../../../src/lib/paths.ts";

/** The archive's first search, page included, with the five reports: at most this, gzip. */
export const GOAL_FIVE_REPORTS = 130 * 1024;
/** The same on a 5,000-report synthetic archive. */
export const GOAL_LARGE_ARCHIVE = 300 * 1024;

export interface Transfer {
  url: string;
  served: number;
  gzip: number;
}

export interface Load {
  requests: number;
  served: number;
  gzip: number;
  ms: number;
  transfers: Transfer[];
}

const TEXT = /\.(html|css|js|mjs|json|txt|svg)$|\/$/;
/** A reader's screen: results below it load only when scrolled to. */
const VIEWPORT = { width: 1280, height: 900 };

function gzipSize(dir: string, base: string, url: string, served: number): number {
  const { pathname } = new URL(url);
  if (!TEXT.test(pathname)) return served;
  const path = decodeURIComponent(pathname).slice(withTrailingSlash(base).length);
  const file = join(dir, path === "" || path.endsWith("/") ? `${path}index.html` : path);
  try {
    const bytes = readFileSync(file);
    // The headers as served, plus the body at its gzip size.
    return gzipSync(bytes, { level: 6 }).length + Math.max(0, served - bytes.length);
  } catch {
    return served;
  }
}

/** Counts every response a page's context receives, until `take()`. */
function recorder(page: Page, dir: string, base: string) {
  let transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.context().on("requestfinished", (request) => {
    pending.push(
      request
        .sizes()
        .then((sizes) => {
          const served = sizes.responseBodySize + sizes.responseHeadersSize;
          transfers.push({ url: request.url(), served, gzip: gzipSize(dir, base, request.url(), served) });
        })
        // A response still arriving as the page closes was not part of the measured load.
        .catch(() => undefined),
    );
  });
  return async (started: number): Promise<Load> => {
    const ms = performance.now() - started;
    await page.waitForLoadState("networkidle");
    await Promise.all(pending.splice(0));
    const taken = transfers;
    transfers = [];
    const sum = (key: "served" | "gzip") => taken.reduce((total, t) => total + t[key], 0);
    return { requests: taken.length, served: sum("served"), gzip: sum("gzip"), ms, transfers: taken };
  };
}

/** The archive: `/search/?q=<query>` in a fresh page, until the first result is drawn. */
export async function measureArchiveSearch(
  browser: Browser,
  options: { dir: string; base: string; query: string },
): Promise<Load> {
  const server = createStaticServer({ dir: options.dir, base: options.base });
  const origin = await listen(server, 0);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const take = recorder(page, options.dir, options.base);
    const started = performance.now();
    await page.goto(
      `${origin}${withTrailingSlash(options.base)}search/?q=${encodeURIComponent(options.query)}`,
    );
    await page.locator("[data-search-results] [data-result-link]").first().waitFor({ timeout: 60_000 });
    return await take(started);
  } finally {
    await context.close();
    server.close();
  }
}

export interface PeerLoad {
  page: Load;
  search: Load;
}

/** The peer: a report page, then its search opened and the query typed, until the first result. */
export async function measurePeerSearch(
  browser: Browser,
  options: { dir: string; query: string },
): Promise<PeerLoad> {
  const server = createStaticServer({ dir: options.dir, base: "/" });
  const origin = await listen(server, 0);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const reportPage = readdirSync(options.dir).find((name) => name.startsWith("report-"));
    if (!reportPage) throw new Error(`${options.dir} holds no report page (report-*/)`);
    const page = await context.newPage();
    const take = recorder(page, options.dir, "/");
    let started = performance.now();
    await page.goto(`${origin}/${reportPage}/`);
    const pageLoad = await take(started);
    started = performance.now();
    await page.locator("button[data-open-modal]").first().click();
    await page.locator("dialog input[type='search'], .pagefind-ui__search-input").first().fill(options.query);
    await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 60_000 });
    return { page: pageLoad, search: await take(started) };
  } finally {
    await context.close();
    server.close();
  }
}

/** The peer's source, beside the project in the shared folder, when there is one. */
const PEER_SOURCE = resolve("../shared/peers/starlight");
const PEER_WORK = resolve("bench/tmp/peer");

/**
 * The peer's built site: `dir` if given, else a build kept in
 * bench/tmp/peer/, else one made there from ../shared/peers/starlight (its
 * README: npm install, then npm run build with REPORTS naming the copies).
 * Undefined, with the reason, when there is no peer to build.
 */
export function peerSite(dir?: string): { dir?: string; reason?: string } {
  if (dir) return existsSync(dir) ? { dir } : { reason: `${dir} does not exist` };
  const built = join(PEER_WORK, "dist");
  if (existsSync(join(built, "index.html"))) return { dir: built };
  if (!existsSync(PEER_SOURCE)) return { reason: `no peer at ${PEER_SOURCE}` };
  const reports = resolve(PEER_SOURCE, "../../reports");
  console.log(`Building the Starlight peer in ${PEER_WORK} (once; kept for later runs)…`);
  cpSync(PEER_SOURCE, PEER_WORK, { recursive: true, filter: (path) => !path.includes("node_modules") });
  const env = { ...process.env, REPORTS: reports, ASTRO_TELEMETRY_DISABLED: "1" };
  execFileSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: PEER_WORK, env, stdio: "inherit" });
  execFileSync("npm", ["run", "build"], { cwd: PEER_WORK, env, stdio: "inherit" });
  return existsSync(built) && statSync(built).isDirectory()
    ? { dir: built }
    : { reason: "the peer build wrote no dist/" };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatLoad(label: string, load: Pick<Load, "requests" | "served" | "gzip" | "ms">): string {
  return `${label.padEnd(44)} ${String(load.requests).padStart(3)} requests  served ${kb(load.served).padStart(9)}  gzip ${kb(load.gzip).padStart(9)}  ${load.ms.toFixed(0).padStart(5)} ms`;
}
