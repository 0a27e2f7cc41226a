import type { Root } from "mdast";
import type { VFile } from "vfile";
import { recordInFrontmatter, recordedInFrontmatter } from "./rendered-frontmatter.ts";
import { createMatcher } from "../lib/entities/matcher.ts";
import { indexReportTree, type ReportIndex } from "../lib/entities/mentions.ts";
import type { Entity } from "../lib/entities/schema.ts";

export interface ReportIndexOptions {
  entities: readonly Entity[];
}

/** Where the index travels: Astro keeps `data.astro.frontmatter` as the entry's `rendered.metadata.frontmatter`. */
export const REPORT_INDEX_KEY = "reportIndex";

/**
 * Records, while a report is rendered, what the archive's indexes need
 * from its body: each citable block's text and every entity mention in it.
 * Astro's content layer caches the rendering with this record, so the
 * cross-links of an unchanged report cost no parsing on the next build.
 * Runs before anything rewrites the tree (raw HTML made inert, names
 * linked, captions wrapped), on the copy's own text.
 */
export default function remarkReportIndex(options: ReportIndexOptions) {
  const matcher = createMatcher(options.entities);
  return (tree: Root, file: VFile) => {
    const index = indexReportTree(tree, matcher);
    recordInFrontmatter(file, REPORT_INDEX_KEY, index);
  };
}

/** The index a rendered report carries, or `undefined` when it was rendered without this plugin. */
export function reportIndexOf(metadata: { [key: string]: unknown } | undefined): ReportIndex | undefined {
  const index = recordedInFrontmatter(metadata, REPORT_INDEX_KEY) as Partial<ReportIndex> | undefined;
  return Array.isArray(index?.blocks) && Array.isArray(index.mentions)
    ? { blocks: index.blocks, mentions: index.mentions }
    : undefined;
}
