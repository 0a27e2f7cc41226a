import type { Root } from "mdast";
import type { VFile } from "vfile";
import { recordInFrontmatter, recordedInFrontmatter } from "./rendered-frontmatter.ts";
import { indexReportTree, indexTools, type ReportIndex } from "../lib/entities/mentions.ts";
import type { Entity } from "../lib/entities/schema.ts";

export interface ReportIndexOptions {
  entities: readonly Entity[];
}

/** Where the index travels: Astro keeps `data.astro.frontmatter` as the entry's `rendered.metadata.frontmatter`. */
export const REPORT_INDEX_KEY = "reportIndex";

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

/** The index a rendered report carries, or `undefined` when it was rendered without this plugin. */
export function reportIndexOf(metadata: { [key: string]: unknown } | undefined): ReportIndex | undefined {
  const index = recordedInFrontmatter(metadata, REPORT_INDEX_KEY) as Partial<ReportIndex> | undefined;
  return typeof index?.lead === "string" && Array.isArray(index.mentions) && Array.isArray(index.quotes)
    ? { lead: index.lead, mentions: index.mentions, quotes: index.quotes }
    : undefined;
}
