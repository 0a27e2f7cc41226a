import type { Entity } from "./schema.ts";
import type { Mention } from "./mentions.ts";
import { normalizeApostrophes } from "./spelling.ts";

export interface SpellingUse {
  spelling: string;
  /** Reports using this spelling, in archive order, with how often. */
  reports: { slug: string; count: number }[];
}

export interface EntitySummary {
  entity: Entity;
  mentions: Mention[];
  /** Mentions per report, in archive order; reports without a mention are left out. */
  perReport: { slug: string; count: number }[];
  spellings: SpellingUse[];
  /** Entities mentioned in the same blocks, most often first. */
  companions: { entity: Entity; blocks: number }[];
}

/** Per entity: its mentions, reports, spellings and companions. `reportOrder` is the archive's order of slugs. */
export function summarizeEntities(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  reportOrder: readonly string[],
  companionLimit = 6,
): Map<string, EntitySummary> {
  const rank = new Map(reportOrder.map((slug, index) => [slug, index]));
  const byEntity = new Map<string, Mention[]>(entities.map((entity) => [entity.id, []]));
  const entitiesInBlock = new Map<string, Set<string>>();
  for (const mention of mentions) {
    byEntity.get(mention.entity)?.push(mention);
    const key = `${mention.report}#${mention.block}`;
    const set = entitiesInBlock.get(key) ?? new Set<string>();
    set.add(mention.entity);
    entitiesInBlock.set(key, set);
  }
  const together = new Map<string, Map<string, number>>();
  for (const set of entitiesInBlock.values()) {
    for (const a of set) {
      const row = together.get(a) ?? new Map<string, number>();
      for (const b of set) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
      together.set(a, row);
    }
  }
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const summaries = new Map<string, EntitySummary>();
  for (const entity of entities) {
    const own = byEntity.get(entity.id) ?? [];
    const counts = countBy(own, (mention) => mention.report);
    const perReport = [...counts]
      .map(([slug, count]) => ({ slug, count }))
      .sort((a, b) => (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0));
    const spellings = entity.aliases
      .map((alias) => {
        const uses = own.filter((m) => normalizeApostrophes(m.spelling) === normalizeApostrophes(alias));
        const reports = [...countBy(uses, (mention) => mention.report)]
          .map(([slug, count]) => ({ slug, count }))
          .sort((a, b) => (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0));
        return { spelling: alias, reports };
      })
      .filter((use) => use.reports.length > 0);
    const companions = [...(together.get(entity.id) ?? new Map<string, number>())]
      .map(([id, blocks]) => ({ entity: byId.get(id), blocks }))
      .filter((item): item is { entity: Entity; blocks: number } => item.entity !== undefined)
      .sort((a, b) => b.blocks - a.blocks || a.entity.name.localeCompare(b.entity.name))
      .slice(0, companionLimit);
    summaries.set(entity.id, { entity, mentions: own, perReport, spellings, companions });
  }
  return summaries;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
