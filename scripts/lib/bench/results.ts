import type { BuildRun, DirStats } from "./measure.ts";
import type { BudgetSummary } from "./page-budgets.ts";
import { SPREAD_LIMIT, formatSpread, spreadOf, type Spread } from "./stats.ts";

/** The same build run several times: each run, and the median and range of each figure. */
export interface Repeated {
  runs: BuildRun[];
  cpuMs: Spread;
  ms: Spread;
  /** The build process's peak memory, or its indexer's when that is larger. */
  peakBytes: Spread;
}

export function repeated(runs: BuildRun[]): Repeated {
  return {
    runs,
    cpuMs: spreadOf(runs.map((run) => run.cpuMs)),
    ms: spreadOf(runs.map((run) => run.ms)),
    peakBytes: spreadOf(runs.map((run) => Math.max(run.maxRssBytes, run.childMaxRssBytes))),
  };
}

/** The figures for one archive size. */
export interface SizeResult {
  n: number;
  features: { dataFiles: string[]; entityNames: number };
  generateMs: number;
  /** The archive built from nothing (no cache, no dist/). */
  cold: Repeated;
  /** The archive rebuilt after one report was edited, with the cold build's cache and dist/. */
  warm: Repeated;
  /** Plain Astro with unified, plus Pagefind, over the same reports (baseline-project.ts). */
  baseline: Repeated;
  dist: DirStats;
  /** The archive's search bundle (dist/pagefind/). */
  index: DirStats;
  /** The page-weight budgets, kind by kind, over the first cold build's pages. */
  budgets: BudgetSummary[];
  /** The first search (`/search/?q=Kadhimi` until results show), gzip bytes; the peer's, when it was measured. */
  search: { requests: number; gzip: number; ms: number; peerGzip: number | null };
  /** Median cold CPU over median baseline CPU. */
  ratioToBaseline: number;
  /** The same in wall time, which a busy machine makes noisy. */
  wallRatioToBaseline: number;
  /** Median warm CPU over median cold CPU. */
  warmOfCold: number;
}

export interface Target {
  description: string;
  actual: string;
  /** `undefined`: the sizes run cannot tell. */
  met: boolean | undefined;
}

const MB = 1024 * 1024;
const sec = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / MB).toFixed(0);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

const BUILDS = [
  ["archive, cold", "cold"],
  ["archive, warm after one edit", "warm"],
  ["baseline: Astro + Pagefind", "baseline"],
] as const;

/**
 * One row per size and build: medians with their min–max over the runs,
 * "!" where the spread is over 10%; then the ratios the targets judge.
 */
export function formatTable(results: readonly SizeResult[]): string {
  const rows = results.flatMap((result) =>
    BUILDS.map(([label, key]) => {
      const builds = result[key];
      const count = builds.runs.length;
      const childCpu = spreadOf(builds.runs.map((run) => run.childCpuMs));
      return [
        result.n.toLocaleString("en-GB"),
        label,
        String(count),
        formatSpread(builds.cpuMs, count, sec),
        sec(childCpu.median),
        formatSpread(builds.ms, count, sec),
        formatSpread(builds.peakBytes, count, mb),
      ];
    }),
  );
  const ratios = table(
    [
      "reports",
      "cold / baseline CPU",
      "cold / baseline wall",
      "warm / cold CPU",
      "dist MB",
      "pages",
      "index MB",
    ],
    results.map((result) => [
      result.n.toLocaleString("en-GB"),
      `${result.ratioToBaseline.toFixed(2)}x`,
      `${result.wallRatioToBaseline.toFixed(2)}x`,
      `${(result.warmOfCold * 100).toFixed(0)}%`,
      (result.dist.bytes / MB).toFixed(1),
      String(result.dist.pages),
      (result.index.bytes / MB).toFixed(1),
    ]),
  );
  return [
    table(["reports", "build", "runs", "CPU s", "of which Pagefind s", "wall s", "peak MB"], rows),
    `Medians, with (min–max) over the runs; "!" marks a spread (max − min over the median) wider than ${SPREAD_LIMIT * 100}%.`,
    "CPU counts the build's child processes (Pagefind's indexer); peak memory is the larger of the build's and the indexer's.",
    "",
    ratios,
    "Ratios are median against median.",
  ].join("\n");
}

/** The figures that spread wider than the limit, named. */
export function wideSpreads(results: readonly SizeResult[]): string[] {
  return results.flatMap((result) =>
    BUILDS.flatMap(([label, key]) =>
      (["cpuMs", "ms"] as const)
        .filter((figure) => result[key].runs.length > 1 && result[key][figure].spread > SPREAD_LIMIT)
        .map(
          (figure) =>
            `${result.n.toLocaleString("en-GB")} reports, ${label}, ${figure === "cpuMs" ? "CPU" : "wall"}: ${(result[key][figure].spread * 100).toFixed(0)}%`,
        ),
    ),
  );
}

/** The size the targets are judged at: 5,000 reports, or the largest run below 20,000. */
function referenceSize(results: readonly SizeResult[]): SizeResult | undefined {
  return results.find((result) => result.n === 5000) ?? results.filter((result) => result.n < 20_000).at(-1);
}

/**
 * The targets, judged on the sizes that were run, in CPU time (wall time on
 * a shared machine also counts waiting for other work), median against
 * median: at 5,000 reports the cold build within 1.2x the baseline and a
 * warm rebuild after one edit within 35% of cold; the benchmark completing
 * at 20,000 reports, with its peak memory. Then every page within its
 * weight budget, and the cost per report not rising from 1,000 reports up
 * (10% allowed for noise).
 */
export function checkTargets(results: readonly SizeResult[]): Target[] {
  const targets: Target[] = [];
  const reference = referenceSize(results);
  if (reference) {
    const at = `at ${reference.n.toLocaleString("en-GB")} reports`;
    targets.push({
      description: `cold build at most 1.2x the baseline (Astro + Pagefind) in CPU ${at}`,
      actual: `${reference.ratioToBaseline.toFixed(2)}x (${sec(reference.cold.cpuMs.median)} s against ${sec(reference.baseline.cpuMs.median)} s)`,
      met: reference.ratioToBaseline <= 1.2,
    });
    targets.push({
      description: `warm rebuild after one edit at most 35% of cold in CPU ${at}`,
      actual: `${(reference.warmOfCold * 100).toFixed(0)}% (${sec(reference.warm.cpuMs.median)} s against ${sec(reference.cold.cpuMs.median)} s)`,
      met: reference.warmOfCold <= 0.35,
    });
  }
  const huge = results.find((result) => result.n >= 20_000);
  targets.push({
    description: "the benchmark completes at 20,000 reports (--huge), with its peak memory",
    actual: huge
      ? `completed at ${huge.n.toLocaleString("en-GB")}: peak ${mb(Math.max(huge.cold.peakBytes.max, huge.warm.peakBytes.max))} MB (cold ${mb(huge.cold.peakBytes.max)}, warm ${mb(huge.warm.peakBytes.max)}, baseline ${mb(huge.baseline.peakBytes.max)})`
      : "not run (npm run bench -- --sizes 5000 --huge)",
    met: huge ? true : undefined,
  });
  for (const result of results) {
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    targets.push({
      description: `every page within its gzip budget at ${result.n.toLocaleString("en-GB")} reports`,
      actual: result.budgets
        .map(
          (kind) =>
            `${kind.kind} ${kb(kind.largest)} of ${kb(kind.budget)}${kind.over > 0 ? ` (${kind.over} over)` : ""}`,
        )
        .join(", "),
      met: result.budgets.every((kind) => kind.over === 0),
    });
  }
  const scaling = results.filter((result) => result.n >= 1000).sort((a, b) => a.n - b.n);
  for (let i = 1; i < scaling.length; i++) {
    const [smaller, larger] = [scaling[i - 1], scaling[i]];
    if (!smaller || !larger) continue;
    const perReport = (result: SizeResult) => result.cold.cpuMs.median / result.n;
    targets.push({
      description: `CPU per report flat or falling from ${smaller.n.toLocaleString("en-GB")} to ${larger.n.toLocaleString("en-GB")}`,
      actual: `${perReport(smaller).toFixed(1)} → ${perReport(larger).toFixed(1)} ms`,
      met: perReport(larger) <= perReport(smaller) * 1.1,
    });
  }
  return targets;
}
