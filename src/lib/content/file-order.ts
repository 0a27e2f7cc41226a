import { z } from "astro/zod";
import { parseYaml } from "./yaml.ts";

/**
 * A YAML parser for Astro's file() loader that records each entry's place in
 * the file: the collection API does not keep file order, and the claims and
 * same-day timeline events are shown in the order the file gives them. An
 * entry without an id is an error here: file() would skip it with a log line.
 */
export function parseWithPosition(text: string, file?: string): Record<string, unknown>[] {
  const data = parseYaml(text, file);
  if (!Array.isArray(data)) throw new Error("must be a list of entries");
  return data.map((entry: unknown, position) => {
    const id: unknown = typeof entry === "object" && entry !== null && "id" in entry ? entry.id : undefined;
    if (typeof id !== "string" && typeof id !== "number") {
      throw new Error(`entry ${position + 1}, id: every entry needs an id`);
    }
    return { ...(entry as object), position };
  });
}

/** Set by parseWithPosition, never written in the file. */
export const position = z
  .number()
  .int()
  .nonnegative()
  .describe("The entry's place in its YAML file, from 0; entries that otherwise tie keep this order.");

export function byPosition<T extends { position: number }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.position - b.position);
}
