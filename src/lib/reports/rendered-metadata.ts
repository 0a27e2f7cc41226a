import type { VFile } from "vfile";
import type { ReportIndex } from "./report-index.ts";

/**
 * What a remark plugin records about a body while it is rendered. Astro
 * keeps `data.astro.frontmatter` as the entry's `rendered.metadata.frontmatter`
 * and caches it with the rendering, so a later build reads it back without
 * parsing the body again.
 */
export function recordInFrontmatter(file: VFile, key: string, value: unknown): void {
  const astro = (file.data["astro"] ??= {}) as { frontmatter?: Record<string, unknown> };
  astro.frontmatter = { ...astro.frontmatter, [key]: value };
}

/** The value a plugin recorded under `key`, as a rendered entry's metadata carries it (unchecked). */
export function recordedInFrontmatter(
  metadata: { [key: string]: unknown } | undefined,
  key: string,
): unknown {
  const frontmatter = metadata?.["frontmatter"] as Record<string, unknown> | undefined;
  return frontmatter?.[key];
}

/** What a report page and list show about a body's length (remark-report-stats). */
export interface ReportStats {
  /** Words in the body's blocks, captions and posts included. */
  words: number;
  /** Top-level paragraphs: the numbered `#p-N` paragraphs of the page. */
  paragraphs: number;
}

/** Where the stats travel: Astro keeps `data.astro.frontmatter` as the entry's `rendered.metadata.frontmatter`. */
export const REPORT_STATS_KEY = "reportStats";

/** Where the index travels (remark-report-index), beside the stats. */
export const REPORT_INDEX_KEY = "reportIndex";

/** The stats a rendered report carries, or `undefined` when it was rendered without remark-report-stats. */
export function reportStatsOf(metadata: { [key: string]: unknown } | undefined): ReportStats | undefined {
  const stats = recordedInFrontmatter(metadata, REPORT_STATS_KEY) as Partial<ReportStats> | undefined;
  return typeof stats?.words === "number" && typeof stats.paragraphs === "number"
    ? { words: stats.words, paragraphs: stats.paragraphs }
    : undefined;
}

/** The index a rendered report carries, or `undefined` when it was rendered without remark-report-index. */
export function reportIndexOf(metadata: { [key: string]: unknown } | undefined): ReportIndex | undefined {
  const index = recordedInFrontmatter(metadata, REPORT_INDEX_KEY) as Partial<ReportIndex> | undefined;
  return typeof index?.lead === "string" && Array.isArray(index.mentions) && Array.isArray(index.quotes)
    ? { lead: index.lead, mentions: index.mentions, quotes: index.quotes }
    : undefined;
}
