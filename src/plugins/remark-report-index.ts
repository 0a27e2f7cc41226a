import type { Root } from "mdast";
import type { VFile } from "vfile";
import { recordInFrontmatter, REPORT_INDEX_KEY } from "../lib/reports/rendered-metadata.ts";
import { indexReportTree, indexTools } from "../lib/reports/report-index.ts";
import type { Entity } from "../lib/entities/schema.ts";

export interface ReportIndexOptions {
  entities: readonly Entity[];
}

/**
 * Records, while a report is rendered, what the archive's indexes need
 * from its body: its lead paragraph, every entity mention with the words
 * around it, and every quotation with its speaker.
 * Astro's content layer caches the rendering with this record, so the
 * cross-links of an unchanged report cost no parsing on the next build.
 * Runs before anything rewrites the tree (raw HTML made inert, names
 * linked, captions wrapped), on the copy's own text.
 */
export default function remarkReportIndex(options: ReportIndexOptions) {
  const tools = indexTools(options.entities);
  return (tree: Root, file: VFile) => {
    const index = indexReportTree(tree, tools);
    recordInFrontmatter(file, REPORT_INDEX_KEY, index);
  };
}
