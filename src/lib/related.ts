/** A report ranked against another by the entities both mention. */
export interface RelatedReport {
  slug: string;
  /** Entity ids both reports mention, in the order given. */
  shared: string[];
}

/**
 * The other reports, most shared entities first; ties go to archive order,
 * so the ranking is the same on every build. With a `limit`, only the first
 * `limit` of that ranking: a page lists a bounded number, and keeping every
 * report's full ranking would hold the square of the archive in memory.
 */
export function rankRelated(
  slug: string,
  entitiesByReport: ReadonlyMap<string, ReadonlySet<string>>,
  reportOrder: readonly string[],
  limit = Infinity,
): RelatedReport[] {
  const own = entitiesByReport.get(slug) ?? new Set<string>();
  const best: { slug: string; shared: string[]; index: number }[] = [];
  reportOrder.forEach((other, index) => {
    if (other === slug) return;
    const theirs = entitiesByReport.get(other) ?? new Set<string>();
    const shared = [...own].filter((id) => theirs.has(id));
    // Once the list is full, a later report (in archive order) gets in only
    // by sharing more than the last one kept.
    const last = best.at(-1);
    if (best.length >= limit && last && shared.length <= last.shared.length) return;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.shared.length ?? 0) < shared.length) at--;
    best.splice(at, 0, { slug: other, shared, index });
    if (best.length > limit) best.pop();
  });
  return best.map(({ slug: other, shared }) => ({ slug: other, shared }));
}
