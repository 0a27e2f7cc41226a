import { withCacheKeys } from "../build/page-cache-key.ts";
import type { PaginatedPath } from "../paging.ts";
import type { EntitySummary } from "./entity-index.ts";
import { ENTITY_KINDS, ENTITY_KIND_LABEL, type Entity, type EntityKind } from "./schema.ts";
import { labelsFor } from "../reports/meta.ts";

/** One entity's row of the coverage table: its mentions in each report, in archive order. */
export interface CoverageRow {
  entity: Entity;
  total: number;
  cells: number[];
}

export interface CoverageGroup {
  kind: EntityKind;
  label: string;
  rows: CoverageRow[];
}

/**
 * The coverage table: every entity against every report, grouped by kind,
 * most-named first, with the largest cell for the shading scale. The table
 * has entities × reports cells (hundreds of thousands in a large archive),
 * so the largest is found by a loop, not by spreading the cells into
 * Math.max, which overflows the call stack.
 */
export function coverageTable(
  entities: readonly Entity[],
  summaries: ReadonlyMap<string, EntitySummary>,
  reportSlugs: readonly string[],
): { groups: CoverageGroup[]; max: number } {
  let max = 0;
  const groups = ENTITY_KINDS.map((kind) => ({
    kind,
    label: ENTITY_KIND_LABEL[kind],
    rows: entities
      .filter((entity) => entity.kind === kind)
      .map((entity) => {
        const summary = summaries.get(entity.id);
        const counts = new Map(summary?.perReport.map((row) => [row.slug, row.count]));
        const cells = reportSlugs.map((slug) => counts.get(slug) ?? 0);
        for (const count of cells) if (count > max) max = count;
        return { entity, total: summary?.mentions.length ?? 0, cells };
      })
      .sort((a, b) => b.total - a.total || a.entity.name.localeCompare(b.entity.name)),
  }));
  return { groups, max };
}

/** The table cut to the report columns `start` to `end` (exclusive); totals and the shading scale stay whole-archive. */
export function coverageColumns(
  groups: readonly CoverageGroup[],
  start: number,
  end: number,
): CoverageGroup[] {
  return groups.map((group) => ({
    ...group,
    rows: group.rows.map((row) => ({ ...row, cells: row.cells.slice(start, end) })),
  }));
}

/**
 * Each page of the table with only its own columns, the shading scale and
 * its reports' labels, keyed by those: a page whose columns did not change
 * is reused by Astro's incremental build.
 */
export function coveragePaths<Item extends { slug: string }, Path extends PaginatedPath<Item>>(
  paths: readonly Path[],
  table: { groups: readonly CoverageGroup[]; max: number },
  labels: ReadonlyMap<string, string>,
) {
  return withCacheKeys(
    paths.map((path) => {
      const { page } = path.props;
      return {
        params: path.params,
        props: {
          page,
          groups: coverageColumns(table.groups, page.start, page.end + 1),
          max: table.max,
          labels: labelsFor(
            labels,
            page.data.map(({ slug }) => slug),
          ),
        },
      };
    }),
  );
}
