import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import { recordInFrontmatter, REPORT_STATS_KEY, type ReportStats } from "../lib/reports/rendered-metadata.ts";
import { countWords } from "../lib/format.ts";

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
