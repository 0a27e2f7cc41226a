import { contentFile } from "../content/content-dir.ts";
import type { Mention } from "./mentions.ts";
import type { Entity } from "./schema.ts";
import { normalizeApostrophes } from "./spelling.ts";

/** Under ARCHIVE_CONTENT_DIR (default content/), as messages show it. */
export const ENTITIES_FILE = contentFile("entities.yaml");

/** An id used twice would make two entities one page and one link target. */
export function duplicateIds(entities: readonly Entity[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const entity of entities) {
    if (seen.has(entity.id)) problems.push(`entity "${entity.id}", id: used by two entities`);
    seen.add(entity.id);
  }
  return problems;
}

/** An alias claimed twice (by two entities, or twice by one) would make a mention ambiguous. */
export function aliasCollisions(entities: readonly Entity[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const key = normalizeApostrophes(alias);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, entity.id);
      else if (first === entity.id)
        problems.push(`entity "${entity.id}", aliases: "${alias}" is listed twice`);
      else
        problems.push(`entity "${entity.id}", aliases: "${alias}" is already an alias of entity "${first}"`);
    }
  }
  return problems;
}

/** Ids a `speaksFor` names must be entities. */
export function speaksForProblems(entities: readonly Entity[], file = ENTITIES_FILE): string[] {
  const ids = new Set(entities.map((entity) => entity.id));
  return entities.flatMap((entity) =>
    (entity.speaksFor ?? [])
      .filter((id) => !ids.has(id))
      .map((id) => `${file}: entity "${entity.id}", speaksFor: "${id}" is not an entity`),
  );
}

/** Aliases no report uses: each is a mistake in the table (a typo, or a spelling that never occurs). */
export function unusedAliases(
  entities: readonly Entity[],
  mentions: readonly Mention[],
  file = ENTITIES_FILE,
): string[] {
  const used = new Set(
    mentions.map((mention) => `${mention.entity}\u0000${normalizeApostrophes(mention.spelling)}`),
  );
  const problems: string[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      if (!used.has(`${entity.id}\u0000${normalizeApostrophes(alias)}`)) {
        problems.push(
          `${file}: entity "${entity.id}", aliases: "${alias}" occurs in no report (as a whole word, case for case, outside a longer alias)`,
        );
      }
    }
  }
  return problems;
}
