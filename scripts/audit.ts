/**
 * npm run audit (after npm run build): runs Lighthouse, mobile settings,
 * against the built dist/ served as a static host would, for the home
 * page, a report, an entity page and the search page (those the build has),
 * served gzip-compressed, and prints the four category scores per page. Full reports are saved as
 * HTML in bench/tmp/lighthouse/. Uses Debian's Chromium; never downloads a
 * browser. Exits non-zero when a score is below 100 with --strict.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/browser.ts";
import { createStaticServer, listen } from "./lib/static-server.ts";
import { deploymentFromEnv, withTrailingSlash } from "../src/lib/paths.ts";

const { values } = parseArgs({ options: { strict: { type: "boolean", default: false } } });

const DIST = "dist";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const OUT = "bench/tmp/lighthouse";

if (!existsSync(join(DIST, "index.html"))) {
  console.error("No build in dist/: run npm run build first.");
  process.exit(1);
}

/** The first page in a dist/ folder (`reports/x/`), or undefined when the folder is missing. */
function firstPageIn(folder: string): string | undefined {
  const dir = join(DIST, folder);
  if (!existsSync(dir)) return undefined;
  const page = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "index.html")))
    .map((entry) => entry.name)
    .sort()[0];
  return page === undefined ? undefined : `${folder}/${page}/`;
}

const candidates: [string, string | undefined][] = [
  ["home", ""],
  ["report", firstPageIn("reports")],
  ["entity", firstPageIn("entities") ?? firstPageIn("entity") ?? firstPageIn("people")],
  ["search", existsSync(join(DIST, "search", "index.html")) ? "search/" : undefined],
];
const pages = candidates.filter((candidate): candidate is [string, string] => candidate[1] !== undefined);
const missing = candidates.filter(([, path]) => path === undefined).map(([kind]) => kind);

/**
 * A copy of dist/ with a gzip twin of every text file, served compressed as
 * any real host would: Lighthouse should judge the pages, not a test
 * server that skips compression.
 */
function compressedCopy(from: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const entry of readdirSync(to, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(html|css|js|mjs|json|txt|xml|svg|webmanifest)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
  return to;
}

const { base } = deploymentFromEnv();
const prefix = withTrailingSlash(base);
mkdirSync(OUT, { recursive: true });
const site = compressedCopy(DIST, join(OUT, "site"));
const server = createStaticServer({ dir: site, base, precompressed: true });
const origin = await listen(server, 0);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_ARGS,
  logLevel: "silent",
});

const rows: { kind: string; path: string; scores: (number | null)[] }[] = [];
try {
  for (const [kind, path] of pages) {
    const url = `${origin}${prefix}${path}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "html",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      formFactor: "mobile",
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const scores = CATEGORIES.map((category) => {
      const score = result.lhr.categories[category]?.score;
      return score === null || score === undefined ? null : Math.round(score * 100);
    });
    const report = Array.isArray(result.report) ? result.report.join("") : result.report;
    writeFileSync(join(OUT, `${kind}.html`), report);
    rows.push({ kind, path: `/${path}`, scores });
    const below = CATEGORIES.flatMap((category) => {
      const group = result.lhr.categories[category];
      if (!group || group.score === 1) return [];
      return group.auditRefs
        .map((ref) => result.lhr.audits[ref.id])
        .filter(
          (audit) =>
            audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative",
        )
        .map((audit) => `    ${category}: ${audit?.title} (${audit?.displayValue ?? audit?.score})`);
    });
    if (below.length > 0) console.log(`${kind} ${url}\n${below.join("\n")}`);
  }
} finally {
  chrome.kill();
  server.close();
}

const header = ["page", "path", "performance", "accessibility", "best practices", "SEO"];
const body = rows.map((row) => [
  row.kind,
  row.path,
  ...row.scores.map((score) => (score === null ? "-" : String(score))),
]);
const widths = header.map((cell, column) =>
  Math.max(cell.length, ...body.map((row) => row[column]?.length ?? 0)),
);
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
console.log(`\nLighthouse, mobile:\n${line(header)}\n${body.map(line).join("\n")}`);
if (missing.length > 0) console.log(`Not in this build, so not audited: ${missing.join(", ")} page.`);
console.log(`Full reports: ${OUT}/`);

const perfect = rows.every((row) => row.scores.every((score) => score === 100));
if (values.strict && !perfect) process.exit(1);
