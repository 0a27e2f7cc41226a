import type { BuildRun, DirStats, PagefindRun } from "./measure.ts";
import type { BudgetSummary } from "./page-budgets.ts";

/** The figures for one archive size. */
export interface SizeResult {
  n: number;
  features: { dataFiles: string[]; entityNames: number; pagefindInBuild: boolean };
  generateMs: number;
  cold: BuildRun & { msPerReport: number; cpuMsPerReport: number };
  /** `ofCold`: warm over cold, in CPU time. */
  warm: BuildRun & { ofCold: number };
  dist: DirStats;
  /** The page-weight budgets, kind by kind, over the cold build's pages. */
  budgets: BudgetSummary[];
  pagefind: PagefindRun | null;
  /** The first search (`/search/?q=Kadhimi` until results show), gzip bytes; the peer's, when it was measured. */
  search: { requests: number; gzip: number; ms: number; peerGzip: number | null };
  baseline: BuildRun & { dist: DirStats };
  /** Cold archive build CPU time over the baseline's. */
  ratioToBaseline: number;
  /** The same in wall time, which a busy machine makes noisy. */
  wallRatioToBaseline: number;
}

export interface Target {
  description: string;
  actual: string;
  met: boolean;
}

const MB = 1024 * 1024;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export function formatTable(results: readonly SizeResult[]): string {
  const sec = (ms: number) => (ms / 1000).toFixed(1);
  return table(
    [
      "reports",
      "cold wall s",
      "cold CPU s",
      "CPU ms/report",
      "peak MB",
      "dist MB",
      "pages",
      "pagefind s",
      "index MB",
      "warm wall s",
      "warm CPU s",
      "warm/cold CPU",
      "baseline wall s",
      "baseline CPU s",
      "base peak MB",
      "ratio CPU",
      "ratio wall",
    ],
    results.map((result) => [
      result.n.toLocaleString("en-GB"),
      sec(result.cold.ms),
      sec(result.cold.cpuMs),
      result.cold.cpuMsPerReport.toFixed(1),
      (result.cold.maxRssBytes / MB).toFixed(0),
      (result.dist.bytes / MB).toFixed(1),
      String(result.dist.pages),
      result.pagefind ? sec(result.pagefind.ms) : "-",
      result.pagefind ? (result.pagefind.bytes / MB).toFixed(1) : "-",
      sec(result.warm.ms),
      sec(result.warm.cpuMs),
      `${(result.warm.ofCold * 100).toFixed(0)}%`,
      sec(result.baseline.ms),
      sec(result.baseline.cpuMs),
      (result.baseline.maxRssBytes / MB).toFixed(0),
      `${result.ratioToBaseline.toFixed(2)}x`,
      `${result.wallRatioToBaseline.toFixed(2)}x`,
    ]),
  );
}

/**
 * The issue's targets, judged on the sizes that were run, in CPU time (wall
 * time on a shared machine also counts waiting for other work): at 5,000 reports
 * (or the largest run) the build within 1.2x the baseline and 2 GB peak;
 * every warm rebuild within 25% of its cold build; ms per report not rising
 * from 1,000 reports up (10% allowed for noise).
 */
export function checkTargets(results: readonly SizeResult[]): Target[] {
  const targets: Target[] = [];
  const reference = results.find((result) => result.n === 5000) ?? results.at(-1);
  if (reference) {
    const at = `at ${reference.n.toLocaleString("en-GB")} reports`;
    targets.push({
      description: `build at most 1.2x the baseline ${at}`,
      actual: `${reference.ratioToBaseline.toFixed(2)}x`,
      met: reference.ratioToBaseline <= 1.2,
    });
    const peak = Math.max(reference.cold.maxRssBytes, reference.warm.maxRssBytes);
    targets.push({
      description: `peak memory at most 2 GB ${at}, cold or warm`,
      actual: `${(peak / MB).toFixed(0)} MB (cold ${(reference.cold.maxRssBytes / MB).toFixed(0)}, warm ${(reference.warm.maxRssBytes / MB).toFixed(0)})`,
      met: peak <= 2048 * MB,
    });
  }
  for (const result of results) {
    targets.push({
      description: `warm rebuild at most 25% of cold at ${result.n.toLocaleString("en-GB")} reports`,
      actual: `${(result.warm.ofCold * 100).toFixed(0)}%`,
      met: result.warm.ofCold <= 0.25,
    });
  }
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
    targets.push({
      description: `ms per report flat or falling from ${smaller.n.toLocaleString("en-GB")} to ${larger.n.toLocaleString("en-GB")}`,
      actual: `${smaller.cold.cpuMsPerReport.toFixed(1)} → ${larger.cold.cpuMsPerReport.toFixed(1)} CPU ms`,
      met: larger.cold.cpuMsPerReport <= smaller.cold.cpuMsPerReport * 1.1,
    });
  }
  return targets;
}
