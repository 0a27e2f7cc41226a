import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileDigest, type Digests } from "./content-digests.ts";

/**
 * What the cache folder remembers of the last build that finished, so the
 * next build can check every cache it reuses against the content that build
 * left, before using it: the kept dist/ (where, and each file's digest),
 * Astro's rendered-page copies (`dist/` in the cache folder: Astro writes
 * each with the page it writes into dist/, so each must match that page's
 * digest) and its manifest (`incremental-build.json`), and Astro's data
 * store (`data-store.json`). The rendered report bodies (`report-html/`) carry
 * their digest in their names (src/lib/content/html-files.ts).
 */
export interface CacheRecord {
  outDir: string;
  /** dist/'s files; also the digests of the page copies of the same paths. */
  outFiles: Digests;
  /** The files at the cache folder's top: `data-store.json`, `incremental-build.json`. */
  cacheFiles: Digests;
}

export const RECORD_FILE = "kept-out-dir.json";

/** Astro's caches kept as single files at the top of the cache folder. */
export const CACHE_FILES = ["data-store.json", "incremental-build.json"] as const;

/** Where Astro keeps a copy of each page it may reuse (`experimental.incrementalBuild`). */
export const PAGE_COPIES_DIR = "dist";

export function readCacheRecord(cacheDir: string): CacheRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(join(cacheDir, RECORD_FILE), "utf8")) as Partial<CacheRecord>;
    if (typeof record.outDir !== "string" || !record.outFiles || !record.cacheFiles) {
      return undefined;
    }
    return record as CacheRecord;
  } catch {
    return undefined;
  }
}

export function writeCacheRecord(cacheDir: string, record: CacheRecord): void {
  writeFileSync(join(cacheDir, RECORD_FILE), JSON.stringify(record));
}

/** Voids the record: a build that fails half-way leaves caches the next build must not trust. */
export function voidCacheRecord(cacheDir: string): void {
  rmSync(join(cacheDir, RECORD_FILE), { force: true });
}

/**
 * Removes each of Astro's single-file caches whose content is not what the
 * last finished build left (or that no finished build recorded), so Astro
 * builds it afresh; returns the names removed.
 */
export function removeUnverifiedCacheFiles(cacheDir: string, record: CacheRecord | undefined): string[] {
  return CACHE_FILES.filter((name) => {
    const actual = fileDigest(join(cacheDir, name));
    if (actual === undefined || actual === record?.cacheFiles[name]) return false;
    rmSync(join(cacheDir, name), { force: true });
    return true;
  });
}

/** The digests of Astro's single-file caches as they are now. */
export function cacheFileDigests(cacheDir: string): Digests {
  const digests: Digests = {};
  for (const name of CACHE_FILES) {
    const digest = fileDigest(join(cacheDir, name));
    if (digest !== undefined) digests[name] = digest;
  }
  return digests;
}
