import { contentFile } from "../content/content-dir.ts";
import { readFileSync } from "node:fs";
import { parseYaml } from "../content/yaml.ts";
import { ContentError, lineOfEntry } from "../content/errors.ts";
import { entitySchema, type Entity } from "./schema.ts";

/** Under ARCHIVE_CONTENT_DIR (default content/), as messages show it. */
export const ENTITIES_FILE = contentFile("entities.yaml");

/** Apostrophes differ between copies (’ and '); aliases compare without that difference. */
export function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}

/** Parses and checks the entities file's text; every problem names the file, the entry and the field. */
export function parseEntities(text: string, file = ENTITIES_FILE): Entity[] {
  const raw = parseYaml(text, file);
  if (!Array.isArray(raw)) throw new ContentError(`${file}: must be a list of entities`);
  const entities = raw.map((item: unknown, index) => {
    const result = entitySchema.safeParse(item);
    if (result.success) return result.data;
    const id = typeof item === "object" && item && "id" in item ? String(item.id) : `#${index + 1}`;
    const issue = result.error.issues[0];
    const line = lineOfEntry(text, id);
    throw new ContentError(
      `${file}${line ? `:${line}` : ""}: entity "${id}", ${issue?.path.join(".") || "entry"}: ${issue?.message}`,
    );
  });
  const problems = [...duplicateIds(entities), ...aliasCollisions(entities)];
  if (problems.length > 0) {
    const at = (problem: string) => {
      const line = lineOfEntry(text, /^entity "([^"]*)"/.exec(problem)?.[1] ?? "");
      return line ? `${file}:${line}` : file;
    };
    throw new ContentError(problems.map((problem) => `${at(problem)}: ${problem}`).join("\n"));
  }
  return entities;
}

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

const cache = new Map<string, Entity[]>();

/** The entity table, read once per process (the Markdown pipeline and the indexes share it). */
export function loadEntityTable(file = ENTITIES_FILE): Entity[] {
  let entities = cache.get(file);
  if (!entities) {
    entities = parseEntities(readFileSync(file, "utf8"), file);
    cache.set(file, entities);
  }
  return entities;
}
