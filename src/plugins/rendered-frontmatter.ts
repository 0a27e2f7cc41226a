import type { VFile } from "vfile";

/**
 * What a remark plugin records about a body while it is rendered. Astro
 * keeps `data.astro.frontmatter` as the entry's `rendered.metadata.frontmatter`
 * and caches it with the rendering, so a later build reads it back without
 * parsing the body again.
 */
export function recordInFrontmatter(file: VFile, key: string, value: unknown): void {
  const astro = (file.data["astro"] ??= {}) as { frontmatter?: Record<string, unknown> };
  astro.frontmatter = { ...astro.frontmatter, [key]: value };
}

/** The value a plugin recorded under `key`, as a rendered entry's metadata carries it (unchecked). */
export function recordedInFrontmatter(
  metadata: { [key: string]: unknown } | undefined,
  key: string,
): unknown {
  const frontmatter = metadata?.["frontmatter"] as Record<string, unknown> | undefined;
  return frontmatter?.[key];
}
