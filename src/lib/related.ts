/** A report ranked against another by the entities both mention. */
export interface RelatedReport {
  slug: string;
  /** Entity ids both reports mention, in the order given. */
  shared: string[];
}

/**
 * The other reports, most shared entities first; ties go to archive order,
 * so the ranking is the same on every build.
 */
export function rankRelated(
  slug: string,
  entitiesByReport: ReadonlyMap<string, ReadonlySet<string>>,
  reportOrder: readonly string[],
): RelatedReport[] {
  const own = entitiesByReport.get(slug) ?? new Set<string>();
  return reportOrder
    .filter((other) => other !== slug)
    .map((other, index) => {
      const theirs = entitiesByReport.get(other) ?? new Set<string>();
      return { slug: other, shared: [...own].filter((id) => theirs.has(id)), index };
    })
    .sort((a, b) => b.shared.length - a.shared.length || a.index - b.index)
    .map(({ slug: other, shared }) => ({ slug: other, shared }));
}
