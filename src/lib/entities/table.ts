import { readFileSync } from "node:fs";
import { parseYaml } from "../content/yaml.ts";
import { ContentError, lineOfEntry } from "../content/errors.ts";
import { entitySchema, type Entity } from "./schema.ts";
import { aliasCollisions, duplicateIds, ENTITIES_FILE } from "./validate.ts";

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
