import { createHash } from "node:crypto";

/**
 * Astro's incremental build (`experimental.incrementalBuild`) copies a page
 * from the previous build instead of rendering it again when the page's
 * code is unchanged (Astro hashes that itself) and so is the `cacheKey` its
 * `getStaticPaths()` returned. A key must therefore change whenever anything
 * the page shows changes. The archive's keyed pages show their props and
 * nothing else, so a page's key is a digest of its props, where
 *
 * - a content entry stands for itself by collection, id and digest: its data
 *   and its rendering follow from its file and from the Markdown pipeline,
 *   and a change to the pipeline (its code or the data files it reads)
 *   changes Astro's config hash, which re-renders every page;
 * - a report (`Report`), whose fields all derive from its entry, stands for
 *   itself by that entry;
 * - a Map or a Set is its contents, in order.
 *
 * Anything JSON would drop or garble (a function, an instance of another
 * class, an entry without a digest) stops the build with the path to it:
 * a key that missed part of a page would serve that page stale.
 */
export function pageCacheKey(props: unknown): string {
  return createHash("sha256").update(JSON.stringify(props, keyReplacer)).digest("hex");
}

interface EntryLike {
  id: string;
  collection: string;
  data: unknown;
  digest?: unknown;
}

function isEntry(value: object): value is EntryLike {
  const entry = value as Partial<EntryLike>;
  return typeof entry.id === "string" && typeof entry.collection === "string" && "data" in entry;
}

function entryIdentity(entry: EntryLike, key: string): string {
  if (typeof entry.digest !== "string") {
    throw new Error(
      `pageCacheKey: the ${entry.collection} entry "${entry.id}" (at "${key}") has no digest to key a page on`,
    );
  }
  return `entry:${entry.collection}/${entry.id}@${entry.digest}`;
}

/** A report: its entry and figures derived from it (`src/lib/reports/collection.ts`). */
function isReport(value: object): value is { slug: string; entry: EntryLike } {
  const report = value as { slug?: unknown; entry?: unknown };
  return (
    typeof report.slug === "string" &&
    typeof report.entry === "object" &&
    report.entry !== null &&
    isEntry(report.entry)
  );
}

function keyReplacer(this: unknown, key: string, value: unknown): unknown {
  if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
    throw new Error(`pageCacheKey: "${key}" holds a ${typeof value}, which a cache key cannot carry`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  if (isReport(value)) return entryIdentity(value.entry, key);
  if (isEntry(value)) return entryIdentity(value, key);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? "unknown";
    throw new Error(`pageCacheKey: "${key}" holds a ${name}, which a cache key cannot carry`);
  }
  return value;
}

/** Paths from `getStaticPaths()`, each given its props' digest as its `cacheKey`. */
export function withCacheKeys<Path extends { props: unknown }>(paths: readonly Path[]) {
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(path.props) }));
}
