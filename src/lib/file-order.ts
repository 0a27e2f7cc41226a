import { z } from "astro/zod";
import { parse } from "yaml";

/**
 * A YAML parser for Astro's file() loader that records each entry's place in
 * the file: the collection API does not keep file order, and the claims and
 * same-day timeline events are shown in the order the file gives them.
 */
export function parseWithPosition(text: string): Record<string, unknown>[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error("must be a list of entries");
  return data.map((entry: unknown, position) =>
    typeof entry === "object" && entry !== null ? { ...entry, position } : { value: entry, position },
  );
}

/** Set by parseWithPosition, never written in the file: the entry's place in it, from 0. */
export const position = z.number().int().nonnegative();

export function byPosition<T extends { position: number }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.position - b.position);
}
