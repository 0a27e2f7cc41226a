/**
 * npm run bench -- [--sizes 100,1000,5000] [--large] [--profile] [--keep] [--out file.json]
 *
 * The scale benchmark. For each size N it writes a synthetic archive of N
 * reports to bench/tmp/, builds it cold, indexes it with Pagefind, edits one
 * report and rebuilds warm, then builds the same files with a plain Astro
 * site for comparison. Prints a table and writes the figures as JSON to
 * bench/results/ (or --out). --large adds N = 10,000; --profile writes a
 * CPU profile of the largest cold build to bench/tmp/profile/.
 *
 * Every run checks its own output (a page per report, the edit visible
 * after the warm rebuild) and exits non-zero when a check fails, so the tiny
 * run in `npm test` keeps the harness honest.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBaselineProject } from "./lib/bench/baseline-project.ts";
import {
  dirStats,
  runBuild,
  runPagefind,
  type BuildRun,
  type DirStats,
  type PagefindRun,
} from "./lib/bench/measure.ts";
import { budgetSummary } from "./lib/bench/page-budgets.ts";
import { checkTargets, formatTable, type SizeResult } from "./lib/bench/results.ts";
import { PAGE_SIZES } from "../src/lib/paging.ts";
import { appendParagraph, writeSyntheticArchive } from "./lib/bench/synthetic-archive.ts";
import { PAGEFIND_DIR } from "../src/lib/paths.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000,5000" },
    large: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    out: { type: "string" },
  },
});

const sizes = values.sizes
  .split(",")
  .map((size) => Number(size.trim()))
  .concat(values.large ? [10_000] : []);
if (sizes.some((size) => !Number.isInteger(size) || size < 6)) {
  throw new Error(`--sizes wants whole numbers of at least 6 reports, got "${values.sizes}"`);
}

const ROOT = process.cwd();
const TMP = resolve("bench/tmp");
const PROFILE_DIR = join(TMP, "profile");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outFile = resolve(values.out ?? `bench/results/${stamp}.json`);

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`benchmark check failed: ${message}`);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function measureSize(n: number, profile: boolean): Promise<SizeResult> {
  const work = join(TMP, `n${n}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = join(work, "content");

  const started = performance.now();
  const archive = writeSyntheticArchive({ dir: content, count: n, projectContent: resolve("content") });
  const generateMs = performance.now() - started;
  console.log(
    `\nN = ${n}: wrote ${archive.reports} reports (${archive.realReports} real) in ${seconds(generateMs)}`,
  );

  const archiveOut = join(work, "archive-dist");
  const archiveCache = join(work, "archive-cache");
  const build = (log: string, nodeFlags: string[] = []) =>
    runBuild({
      root: ROOT,
      outDir: archiveOut,
      cacheDir: archiveCache,
      viteCacheDir: join(TMP, "vite-cache", "archive"),
      contentDir: content,
      logFile: join(work, log),
      nodeFlags,
    });

  const profileFlags = profile ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const cold: BuildRun = await build("archive-cold.log", profileFlags);
  const dist: DirStats = dirStats(archiveOut);
  const reportPages = dirStats(join(archiveOut, "reports")).pages;
  check(reportPages === n, `the archive build made ${reportPages} report pages for ${n} reports`);
  // Each list over the reports is paged: its page count says the paging ran.
  const numbered = readdirSync(archiveOut).filter((name) => /^\d+$/.test(name)).length;
  const pagedLists = [
    ["coverage table", dirStats(join(archiveOut, "coverage")).pages, PAGE_SIZES.coverageReports],
    ["comparison", dirStats(join(archiveOut, "compare")).pages, PAGE_SIZES.compareReports],
    ["list of reports", 1 + numbered, PAGE_SIZES.reports],
  ] as const;
  for (const [name, pages, size] of pagedLists) {
    const expected = Math.ceil(n / size);
    check(pages === expected, `the ${name} came out as ${pages} pages for ${n} reports, not ${expected}`);
  }
  const budgets = budgetSummary(archiveOut);
  for (const kind of budgets) {
    console.log(
      `  ${kind.kind} pages: ${kind.pages}, largest ${(kind.largest / 1024).toFixed(1)} KB gzip (/${kind.largestPage}), ${kind.over} over the ${(kind.budget / 1024).toFixed(0)} KB budget`,
    );
  }
  console.log(
    `  archive, cold: ${seconds(cold.ms)} (CPU ${seconds(cold.cpuMs)}, ${seconds(cold.childCpuMs)} of it in child processes), peak ${mb(cold.maxRssBytes)}, dist ${mb(dist.bytes)}`,
  );
  console.log(
    `  gate and cache checks, cold: ${seconds(cold.gateMs)} (${((cold.gateMs / cold.ms) * 100).toFixed(1)}% of the build)`,
  );

  const pagefindInBuild = existsSync(join(archiveOut, PAGEFIND_DIR));
  const pagefind: PagefindRun | undefined = await runPagefind(archiveOut, join(work, "pagefind"));
  if (pagefind) {
    check(pagefind.pages >= n, `Pagefind indexed ${pagefind.pages} pages for ${n} reports`);
    console.log(
      `  pagefind: ${pagefind.pages} pages in ${seconds(pagefind.ms)}, index ${mb(pagefind.bytes)}`,
    );
  }

  // Warm rebuild: one report changes, the content-layer cache holds the rest.
  const marker = `Edited at ${stamp} to measure a warm rebuild.`;
  appendParagraph(archive.editable, marker);
  const warm = await build("archive-warm.log");
  const editedPage = readFileSync(join(archiveOut, "reports", archive.editable.slug, "index.html"), "utf8");
  check(editedPage.includes(marker), `the warm rebuild did not show the edit to ${archive.editable.slug}`);
  console.log(
    `  archive, warm after one edit: ${seconds(warm.ms)} (CPU ${seconds(warm.cpuMs)}, ${((warm.cpuMs / cold.cpuMs) * 100).toFixed(0)}% of cold)`,
  );
  console.log(
    `  gate and cache checks, warm: ${seconds(warm.gateMs)} (${((warm.gateMs / warm.ms) * 100).toFixed(1)}% of the build)`,
  );

  const baselineRoot = writeBaselineProject({
    dir: join(work, "baseline"),
    contentDir: content,
    nodeModules: resolve("node_modules"),
  });
  const baselineOut = join(work, "baseline-dist");
  const baseline = await runBuild({
    root: baselineRoot,
    outDir: baselineOut,
    cacheDir: join(work, "baseline-cache"),
    viteCacheDir: join(TMP, "vite-cache", "baseline"),
    contentDir: content,
    logFile: join(work, "baseline.log"),
  });
  const baselineDist = dirStats(baselineOut);
  check(baselineDist.pages === n, `the baseline build made ${baselineDist.pages} pages for ${n} reports`);
  console.log(
    `  baseline, cold: ${seconds(baseline.ms)} (CPU ${seconds(baseline.cpuMs)}), peak ${mb(baseline.maxRssBytes)}`,
  );

  if (!values.keep) rmSync(work, { recursive: true, force: true });
  return {
    n,
    features: { dataFiles: archive.featureFiles, entityNames: archive.entityNames, pagefindInBuild },
    generateMs,
    cold: { ...cold, msPerReport: cold.ms / n, cpuMsPerReport: cold.cpuMs / n },
    warm: { ...warm, ofCold: warm.cpuMs / cold.cpuMs },
    dist,
    budgets,
    pagefind: pagefind ?? null,
    baseline: { ...baseline, dist: baselineDist },
    ratioToBaseline: cold.cpuMs / baseline.cpuMs,
    wallRatioToBaseline: cold.ms / baseline.ms,
  };
}

const results: SizeResult[] = [];
const largest = Math.max(...sizes);
for (const n of sizes) results.push(await measureSize(n, values.profile && n === largest));

const first = results[0];
if (first) {
  const { dataFiles, entityNames, pagefindInBuild } = first.features;
  console.log(
    `\nFeatures exercised: reports with schema, source hashes and Markdown plugins` +
      (dataFiles.length > 0
        ? `; ${dataFiles.join(", ")} (${entityNames} entity spellings in the prose)`
        : "") +
      (first.pagefind
        ? `; Pagefind index${pagefindInBuild ? " (also built by the site's integration)" : ""}`
        : "") +
      ".",
  );
  const absent = ["entities.yaml", "claims.yaml", "timeline.yaml"].filter(
    (name) => !dataFiles.includes(name),
  );
  if (absent.length > 0) console.log(`Not in this project yet, so not exercised: ${absent.join(", ")}.`);
}
console.log(`\n${formatTable(results)}\n`);
const targets = checkTargets(results);
for (const target of targets)
  console.log(`${target.met ? "met    " : "NOT MET"}  ${target.description}: ${target.actual}`);

const summary = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  memoryBytes: totalmem(),
  /** The largest cold build ran under --cpu-prof, which slows it: compare its figures with care. */
  profiled: values.profile ? largest : null,
  results,
  targets,
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nWrote ${outFile}`);
if (values.profile) console.log(`CPU profile of the ${largest}-report cold build: ${PROFILE_DIR}/`);
