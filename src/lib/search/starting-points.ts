import type { EntitySummary } from "../entities/entity-index.ts";
import type { Report } from "../reports/collection.ts";
import type { EntityKind } from "../entities/schema.ts";
import { formatCount } from "../format.ts";
import { describeDate, displayTitle, type Published } from "../reports/meta.ts";
import { outletName } from "../vocabulary.ts";
import { routes } from "../paths.ts";

/** How many of each the search page offers before a query is typed. */
export const STARTING_POINTS_SHOWN = 10;

export interface StartingPoint {
  href: string;
  label: string;
  /** Outlet and date of a report, or how many reports name an entity. */
  detail: string;
}

const dated = (published: Published) => published.date ?? published.latest ?? published.earliest;

/** The newest reports first (the archive's order is oldest first); a report of unknown date last. */
export function latestReports(reports: readonly Report[], shown = STARTING_POINTS_SHOWN): StartingPoint[] {
  const withDate = reports.filter((report) => dated(report.entry.data.published));
  const without = reports.filter((report) => !dated(report.entry.data.published));
  return [...withDate.reverse(), ...without].slice(0, shown).map(({ slug, entry: { data } }) => ({
    href: routes.report(slug),
    label: displayTitle(data.title, data.titleSource),
    detail: `${outletName(data.outlet)}, ${describeDate(data.published)}`,
  }));
}

/** The people and groups named in the most reports, then alphabetically. */
export function mostNamed(
  summaries: ReadonlyMap<string, EntitySummary>,
  kinds: ReadonlySet<EntityKind>,
  shown = STARTING_POINTS_SHOWN,
): StartingPoint[] {
  return [...summaries.values()]
    .filter((summary) => kinds.has(summary.entity.kind) && summary.perReport.length > 0)
    .sort(
      (a, b) => b.perReport.length - a.perReport.length || a.entity.name.localeCompare(b.entity.name, "en"),
    )
    .slice(0, shown)
    .map(({ entity, perReport }) => ({
      // The entity's page lists every mention, and works without JavaScript.
      href: routes.entity(entity.id),
      label: entity.name,
      detail: formatCount(perReport.length, "report"),
    }));
}
