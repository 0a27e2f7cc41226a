/** A report ranked against another by the entities both mention. */
export interface RelatedReport {
  slug: string;
  /** Entity ids both reports mention, in the order the report's own set gives them. */
  shared: string[];
}

/** Set bits in a 32-bit word. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Each report's entities as a row of bits, one bit per entity the archive
 * names, so that counting what two reports share is a few word ANDs.
 */
function entityBits(
  entitiesByReport: ReadonlyMap<string, ReadonlySet<string>>,
  reportOrder: readonly string[],
): { bits: Uint32Array; words: number } {
  const bitOf = new Map<string, number>();
  for (const slug of reportOrder)
    for (const id of entitiesByReport.get(slug) ?? []) if (!bitOf.has(id)) bitOf.set(id, bitOf.size);
  const words = Math.max(1, Math.ceil(bitOf.size / 32));
  const bits = new Uint32Array(reportOrder.length * words);
  reportOrder.forEach((slug, row) => {
    for (const id of entitiesByReport.get(slug) ?? []) {
      const bit = bitOf.get(id) ?? 0;
      const at = row * words + (bit >>> 5);
      bits[at] = (bits[at] ?? 0) | (1 << (bit & 31));
    }
  });
  return { bits, words };
}

/**
 * For every report, the other reports, most shared entities first; ties go
 * to archive order, so the ranking is the same on every build. With a
 * `limit`, only the first `limit` of each ranking: a page lists a bounded
 * number, and keeping every full ranking would hold the square of the
 * archive in memory.
 *
 * Every pair of reports is compared, so the cost grows with the square of
 * the archive; a pair costs one AND and popcount per 32 entities, which
 * keeps 10,000 reports (50 million pairs) near a second. Only the kept
 * reports get their shared entity list spelt out.
 */
export function rankAllRelated(
  entitiesByReport: ReadonlyMap<string, ReadonlySet<string>>,
  reportOrder: readonly string[],
  limit = Infinity,
): Map<string, RelatedReport[]> {
  const { bits, words } = entityBits(entitiesByReport, reportOrder);
  const ranked = new Map<string, RelatedReport[]>();
  const keptRows: number[] = [];
  const keptCounts: number[] = [];
  reportOrder.forEach((slug, row) => {
    keptRows.length = 0;
    keptCounts.length = 0;
    const own = row * words;
    for (let other = 0; other < reportOrder.length; other += 1) {
      if (other === row) continue;
      let count = 0;
      const theirs = other * words;
      for (let word = 0; word < words; word += 1)
        count += popcount((bits[own + word] ?? 0) & (bits[theirs + word] ?? 0));
      // Once the list is full, a later report (in archive order) gets in only
      // by sharing more than the last one kept.
      if (keptRows.length >= limit && count <= (keptCounts.at(-1) ?? 0)) continue;
      let at = keptRows.length;
      while (at > 0 && (keptCounts[at - 1] ?? 0) < count) at -= 1;
      keptRows.splice(at, 0, other);
      keptCounts.splice(at, 0, count);
      if (keptRows.length > limit) {
        keptRows.pop();
        keptCounts.pop();
      }
    }
    const ownIds = [...(entitiesByReport.get(slug) ?? [])];
    ranked.set(
      slug,
      keptRows.map((other) => {
        const otherSlug = reportOrder[other] ?? "";
        const theirIds = entitiesByReport.get(otherSlug);
        return { slug: otherSlug, shared: ownIds.filter((id) => theirIds?.has(id)) };
      }),
    );
  });
  return ranked;
}
