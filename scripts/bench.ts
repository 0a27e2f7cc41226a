/**
 * npm run bench -- [--sizes 100,1000,5000] [--large] [--huge] [--repeats 3] [--profile] [--keep] [--out file.json]
 *
 * The scale benchmark. For each size N it writes a synthetic archive of N
 * reports to bench/tmp/, then, several times over, builds it cold, edits one
 * report and rebuilds warm, and builds the same reports with the baseline:
 * plain Astro with unified, plus Pagefind over the pages
 * (lib/bench/baseline-project.ts). Archive and baseline take turns going
 * first, so a machine getting busier weighs on both. It prints each
 * figure's median with its min–max, flags a spread over 10%, judges the
 * targets median against median, and writes every run as JSON to
 * bench/results/ (or --out).
 *
 * --repeats sets the runs per build (default 3; 1 from 10,000 reports up,
 * where one run takes many minutes). --large adds N = 10,000, --huge
 * N = 20,000. --profile first makes one CPU-profiled cold build of the
 * largest size, not counted in the figures, in bench/tmp/profile/ (npm run
 * profile:summary reads it).
 *
 * Every run checks its own output (a page per report, the paged lists'
 * page counts, the edit visible after the warm rebuild) and exits non-zero
 * when a check fails, so the tiny run in `npm test` keeps the harness honest.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBaselineProject } from "./lib/bench/baseline-project.ts";
import { dirStats, runBuild, type BuildRun } from "./lib/bench/measure.ts";
import { budgetSummary, type BudgetSummary } from "./lib/bench/page-budgets.ts";
import { checkTargets, formatTable, repeated, wideSpreads, type SizeResult } from "./lib/bench/results.ts";
import { PAGE_SIZES } from "../src/lib/paging.ts";
import { appendParagraph, writeSyntheticArchive } from "./lib/bench/synthetic-archive.ts";
import { PAGEFIND_DIR } from "../src/lib/paths.ts";
import { launchChromium } from "./lib/browser.ts";
import {
  GOAL_LARGE_ARCHIVE,
  formatLoad,
  kb,
  measureArchiveSearch,
  measurePeerSearch,
  peerSite,
} from "./lib/bench/search-weight.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000,5000" },
    large: { type: "boolean", default: false },
    huge: { type: "boolean", default: false },
    repeats: { type: "string" },
    profile: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    out: { type: "string" },
  },
});

const sizes = values.sizes
  .split(",")
  .map((size) => Number(size.trim()))
  .concat(values.large ? [10_000] : [], values.huge ? [20_000] : []);
if (sizes.some((size) => !Number.isInteger(size) || size < 6)) {
  throw new Error(`--sizes wants whole numbers of at least 6 reports, got "${values.sizes}"`);
}
const repeatsWanted = values.repeats === undefined ? undefined : Number(values.repeats);
if (repeatsWanted !== undefined && !(Number.isInteger(repeatsWanted) && repeatsWanted >= 1)) {
  throw new Error(`--repeats wants a whole number of at least 1, got "${values.repeats}"`);
}
/** Runs per build: three, so a median means something, but one from 10,000 reports up. */
const repeatsFor = (n: number) => repeatsWanted ?? (n >= 10_000 ? 1 : 3);

const ROOT = process.cwd();
const TMP = resolve("bench/tmp");
const PROFILE_DIR = join(TMP, "profile");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outFile = resolve(values.out ?? `bench/results/${stamp}.json`);

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`benchmark check failed: ${message}`);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const describeRun = (run: BuildRun) =>
  `${seconds(run.ms)} wall, CPU ${seconds(run.cpuMs)} (${seconds(run.childCpuMs)} in child processes), peak ${mb(run.maxRssBytes)} (indexer ${mb(run.childMaxRssBytes)})`;

/** The checks on a cold build's output: a page per report, and each paged list paged. */
function checkArchive(dist: string, n: number): BudgetSummary[] {
  const reportPages = dirStats(join(dist, "reports")).pages;
  check(reportPages === n, `the archive build made ${reportPages} report pages for ${n} reports`);
  const numbered = readdirSync(dist).filter((name) => /^\d+$/.test(name)).length;
  const pagedLists = [
    ["coverage table", dirStats(join(dist, "coverage")).pages, PAGE_SIZES.coverageReports],
    ["comparison", dirStats(join(dist, "compare")).pages, PAGE_SIZES.compareReports],
    ["list of reports", 1 + numbered, PAGE_SIZES.reports],
  ] as const;
  for (const [name, pages, size] of pagedLists) {
    const expected = Math.ceil(n / size);
    check(pages === expected, `the ${name} came out as ${pages} pages for ${n} reports, not ${expected}`);
  }
  const budgets = budgetSummary(dist);
  for (const kind of budgets) {
    console.log(
      `  ${kind.kind} pages: ${kind.pages}, largest ${(kind.largest / 1024).toFixed(1)} KB gzip (/${kind.largestPage}), ${kind.over} over the ${(kind.budget / 1024).toFixed(0)} KB budget`,
    );
  }
  return budgets;
}

async function measureSize(n: number, profile: boolean): Promise<SizeResult> {
  const work = join(TMP, `n${n}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = join(work, "content");

  const started = performance.now();
  const archive = writeSyntheticArchive({ dir: content, count: n, projectContent: resolve("content") });
  const generateMs = performance.now() - started;
  const repeats = repeatsFor(n);
  console.log(
    `\nN = ${n}: wrote ${archive.reports} reports (${archive.realReports} real) in ${seconds(generateMs)}; ${repeats} run(s) of each build`,
  );
  // The edited report and its copy, as written, to start each round from.
  const pristine = join(work, "editable.md");
  const pristineCopy = join(work, "editable-copy.txt");
  copyFileSync(archive.editable.path, pristine);
  copyFileSync(archive.editable.copy, pristineCopy);
  const restoreEditable = () => {
    copyFileSync(pristine, archive.editable.path);
    copyFileSync(pristineCopy, archive.editable.copy);
  };

  const archiveOut = join(work, "archive-dist");
  const archiveCache = join(work, "archive-cache");
  const build = (log: string, nodeFlags: string[] = []) =>
    runBuild({
      root: ROOT,
      outDir: archiveOut,
      cacheDir: archiveCache,
      viteCacheDir: join(TMP, "vite-cache", `archive-${n}`),
      contentDir: content,
      logFile: join(work, log),
      nodeFlags,
    });
  const baselineRoot = writeBaselineProject({
    dir: join(work, "baseline"),
    contentDir: content,
    nodeModules: resolve("node_modules"),
  });
  const baselineOut = join(work, "baseline-dist");

  const cold: BuildRun[] = [];
  const warm: BuildRun[] = [];
  const baseline: BuildRun[] = [];
  let budgets: BudgetSummary[] = [];

  /** A cold build from nothing, then a warm one after editing a report, checked. */
  async function archiveRound(round: number): Promise<void> {
    rmSync(archiveOut, { recursive: true, force: true });
    rmSync(archiveCache, { recursive: true, force: true });
    restoreEditable();
    const run = await build(`archive-cold-${round}.log`);
    cold.push(run);
    console.log(`  archive, cold:    ${describeRun(run)}; gate and cache checks ${seconds(run.gateMs)}`);
    if (round === 0) budgets = checkArchive(archiveOut, n);

    const marker = `Edited at ${stamp}, run ${round}, to measure a warm rebuild.`;
    // The copy gains the paragraph too, pinned anew, so the gate accepts the edit.
    appendParagraph(archive.editable, marker);
    const rebuilt = await build(`archive-warm-${round}.log`);
    warm.push(rebuilt);
    const page = readFileSync(join(archiveOut, "reports", archive.editable.slug, "index.html"), "utf8");
    check(page.includes(marker), `the warm rebuild did not show the edit to ${archive.editable.slug}`);
    console.log(
      `  archive, warm:    ${describeRun(rebuilt)} (${((rebuilt.cpuMs / run.cpuMs) * 100).toFixed(0)}% of cold); gate and cache checks ${seconds(rebuilt.gateMs)}`,
    );
  }

  async function baselineRound(round: number): Promise<void> {
    restoreEditable();
    rmSync(baselineOut, { recursive: true, force: true });
    const run = await runBuild({
      root: baselineRoot,
      outDir: baselineOut,
      cacheDir: join(work, `baseline-cache-${round}`),
      viteCacheDir: join(TMP, "vite-cache", `baseline-${n}`),
      contentDir: content,
      logFile: join(work, `baseline-${round}.log`),
    });
    baseline.push(run);
    const pages = dirStats(baselineOut).pages;
    check(pages === n, `the baseline build made ${pages} pages for ${n} reports`);
    check(dirStats(join(baselineOut, PAGEFIND_DIR)).files > 0, "the baseline build wrote no Pagefind index");
    console.log(`  baseline, cold:   ${describeRun(run)}`);
  }

  // First, so the measured runs find Vite's dependency cache made.
  if (profile) {
    rmSync(archiveOut, { recursive: true, force: true });
    rmSync(archiveCache, { recursive: true, force: true });
    restoreEditable();
    const run = await build("archive-profiled.log", ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`]);
    console.log(`  archive, cold, profiled (not counted): ${describeRun(run)}`);
  }

  for (let round = 0; round < repeats; round++) {
    console.log(`  run ${round + 1} of ${repeats} (load average ${loadavg()[0]?.toFixed(1)})`);
    // Turns about: whichever goes first, a change in the machine's load falls on both.
    const order = round % 2 === 0 ? [archiveRound, baselineRound] : [baselineRound, archiveRound];
    for (const step of order) await step(round);
  }
  // The state the last cold build left: its dist/ for the figures below.
  const dist = dirStats(archiveOut);
  const index = dirStats(join(archiveOut, PAGEFIND_DIR));
  // The first search a reader runs on this archive, beside the Starlight peer (npm run bench:search).
  const search = await measureSearch(archiveOut);

  if (!values.keep) rmSync(work, { recursive: true, force: true });
  const result = {
    n,
    features: { dataFiles: archive.featureFiles, entityNames: archive.entityNames },
    generateMs,
    cold: repeated(cold),
    warm: repeated(warm),
    baseline: repeated(baseline),
    dist,
    index,
    budgets,
    search,
  };
  return {
    ...result,
    ratioToBaseline: result.cold.cpuMs.median / result.baseline.cpuMs.median,
    wallRatioToBaseline: result.cold.ms.median / result.baseline.ms.median,
    warmOfCold: result.warm.cpuMs.median / result.cold.cpuMs.median,
  };
}

/** `/search/?q=Kadhimi` on the built archive until results show, and the peer's search for the same. */
async function measureSearch(dir: string): Promise<SizeResult["search"]> {
  const browser = await launchChromium();
  try {
    const query = "Kadhimi";
    const archive = await measureArchiveSearch(browser, { dir, base: "/", query });
    console.log(`  ${formatLoad(`first search "${query}"`, archive)}`);
    check(
      archive.gzip <= GOAL_LARGE_ARCHIVE,
      `the first search loads ${kb(archive.gzip)}, over ${kb(GOAL_LARGE_ARCHIVE)}`,
    );
    const peer = peerSite();
    if (!peer.dir) {
      console.log(`  peer not measured: ${peer.reason ?? "unknown"}`);
      return { requests: archive.requests, gzip: archive.gzip, ms: archive.ms, peerGzip: null };
    }
    const measured = await measurePeerSearch(browser, { dir: peer.dir, query });
    const peerGzip = measured.page.gzip + measured.search.gzip;
    console.log(`  the Starlight peer, report page then search: ${kb(peerGzip)} gzip`);
    return { requests: archive.requests, gzip: archive.gzip, ms: archive.ms, peerGzip };
  } finally {
    await browser.close();
  }
}

const results: SizeResult[] = [];
const largest = Math.max(...sizes);
for (const n of sizes) results.push(await measureSize(n, values.profile && n === largest));

const first = results[0];
if (first) {
  const { dataFiles, entityNames } = first.features;
  console.log(
    `\nFeatures exercised: reports with schema, source hashes and Markdown plugins` +
      (dataFiles.length > 0
        ? `; ${dataFiles.join(", ")} (${entityNames} entity spellings in the prose)`
        : "") +
      "; the Pagefind index.",
  );
  const absent = ["entities.yaml", "claims.yaml", "timeline.yaml"].filter(
    (name) => !dataFiles.includes(name),
  );
  if (absent.length > 0) console.log(`Not in this project yet, so not exercised: ${absent.join(", ")}.`);
}
console.log(`\n${formatTable(results)}\n`);
const wide = wideSpreads(results);
if (wide.length > 0) {
  console.log(`Spread over 10%, figures to read with care:\n${wide.map((line) => `  ${line}`).join("\n")}\n`);
}
const targets = checkTargets(results);
const verdict = (met: boolean | undefined) => (met === undefined ? "not run" : met ? "met    " : "NOT MET");
for (const target of targets) console.log(`${verdict(target.met)}  ${target.description}: ${target.actual}`);

const summary = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  memoryBytes: totalmem(),
  /** One extra cold build of this size ran under --cpu-prof; it is not among the figures. */
  profiled: values.profile ? largest : null,
  loadAverage: loadavg(),
  results,
  targets,
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nWrote ${outFile}`);
if (values.profile) console.log(`CPU profile of the ${largest}-report cold build: ${PROFILE_DIR}/`);
