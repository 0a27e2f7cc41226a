import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import { recordInFrontmatter, recordedInFrontmatter } from "./rendered-frontmatter.ts";
import { countWords } from "../lib/format.ts";

/** What a report page and list show about a body's length. */
export interface ReportStats {
  /** Words in the body's blocks, captions and posts included. */
  words: number;
  /** Top-level paragraphs: the numbered `#p-N` paragraphs of the page. */
  paragraphs: number;
}

/** Where the stats travel: Astro keeps `data.astro.frontmatter` as the entry's `rendered.metadata.frontmatter`. */
export const REPORT_STATS_KEY = "reportStats";

/**
 * Counts a body's words and paragraphs while it is rendered. Astro's
 * content layer caches the rendering, stats included, so an unchanged
 * report is not parsed again on the next build just to be counted. Runs
 * straight after remark-directive, on the tree as the copy has it.
 */
export default function remarkReportStats() {
  return (tree: Root, file: VFile) => {
    const stats: ReportStats = {
      words: countWords(tree.children.map((node) => toString(node)).join(" ")),
      paragraphs: tree.children.filter((node) => node.type === "paragraph").length,
    };
    recordInFrontmatter(file, REPORT_STATS_KEY, stats);
  };
}

/** The stats a rendered report carries, or `undefined` when it was rendered without this plugin. */
export function reportStatsOf(metadata: { [key: string]: unknown } | undefined): ReportStats | undefined {
  const stats = recordedInFrontmatter(metadata, REPORT_STATS_KEY) as Partial<ReportStats> | undefined;
  return typeof stats?.words === "number" && typeof stats.paragraphs === "number"
    ? { words: stats.words, paragraphs: stats.paragraphs }
    : undefined;
}
