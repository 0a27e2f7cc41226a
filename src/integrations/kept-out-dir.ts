import { mkdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import {
  CACHE_FILES,
  PAGE_COPIES_DIR,
  cacheFileDigests,
  readCacheRecord,
  removeUnverifiedCacheFiles,
  voidCacheRecord,
  writeCacheRecord,
  type CacheRecord,
} from "../lib/build/cache-record.ts";
import {
  digestsAfterBuild,
  fileDigest,
  firstDigestMismatch,
  type Digests,
} from "../lib/build/content-digests.ts";
import { rememberVerifiedOutFiles } from "../lib/build/verified-out-files.ts";
import {
  emptyFolder,
  leftoverFiles,
  listBuiltFiles,
  removeEmptyFolders,
  type BuiltFile,
} from "../lib/build/out-dir.ts";

/**
 * Keeps dist/ between builds instead of emptying it, so a rebuild leaves the
 * pages it reuses where they are (Astro's incremental build skips a reused
 * page already in dist/; emptied, it copies 8,000 pages back from its cache:
 * 18 s of a warm rebuild at 5,000 reports), and verifies every cache a
 * build reuses before it is used (src/lib/build/cache-record.ts).
 *
 * Before the content layer loads, Astro's data store and page-cache manifest
 * must hold what the last finished build left; otherwise they are removed
 * and built afresh. Before pages are built, dist/ must hold, file for file
 * and byte for byte, what this cache's last build left (a file not written
 * since that build, by its size, times and inode, is not read again);
 * otherwise it is emptied as Astro would, since another build or a hand may have written a
 * page this cache would take as its own. Each page copy Astro would restore
 * into dist/ must match the recorded digest of that page (Astro writes the
 * copy with the page); one that does not is removed,
 * so the page is rendered again. Each is said in the build log. After the
 * build, every file it found in dist/ and neither rewrote nor kept as a page
 * is removed, so a deleted report's page and raw copy do not linger, and the
 * digests are recorded. It must be the last integration: the others' files
 * are written by then.
 */
export default function keptOutDir(): AstroIntegration {
  let outDir = "";
  let cacheDir = "";
  let record: CacheRecord | undefined;
  /** dist/ as this build found it (after emptying it, if it did), and its verified digests. */
  let before: BuiltFile[] = [];
  let verifiedOut: Digests = {};
  /** Whether this build got to its end: a build that fails empties dist/ as it exits. */
  let finished = true;
  const copiesDir = () => join(cacheDir, PAGE_COPIES_DIR);
  return {
    name: "archive:kept-out-dir",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      "astro:config:done": ({ config, logger }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        record = readCacheRecord(cacheDir);
        for (const name of removeUnverifiedCacheFiles(cacheDir, record)) {
          logger.info(`removed ${name} from the cache: its content is not what the last finished build left`);
        }
      },
      "astro:build:start": ({ logger }) => {
        const started = performance.now();
        before = listBuiltFiles(outDir);
        const mismatch =
          record?.outDir === outDir
            ? firstDigestMismatch(outDir, before, record.outFiles)
            : "it was written by another cache";
        if (mismatch && before.length > 0) {
          emptyFolder(outDir);
          before = [];
          logger.info(`emptied ${outDir}: it is not the output of this cache's last build (${mismatch})`);
        }
        verifiedOut = mismatch ? {} : (record?.outFiles ?? {});
        rememberVerifiedOutFiles(outDir, mismatch ? [] : before);
        // A page copy is restored only where dist/ lacks the page: those are checked.
        const inOut = new Set(before.map((file) => file.path));
        // Astro writes each copy with the page it writes into dist/: the page's recorded digest is the copy's.
        const removed: string[] = [];
        for (const file of listBuiltFiles(copiesDir())) {
          if (inOut.has(file.path)) continue;
          const recorded = record?.outFiles[file.path];
          if (recorded === undefined || fileDigest(join(copiesDir(), file.path)) !== recorded) {
            rmSync(join(copiesDir(), file.path), { force: true });
            removed.push(file.path);
          }
        }
        if (removed.length > 0) {
          logger.info(
            `removed ${removed.length} cached page copies that do not match the last build's (${removed[0]}…): they are rendered again`,
          );
        }
        logger.info(`verified dist/ and the page cache in ${(performance.now() - started).toFixed(0)} ms`);
        // The record stays void until this build finishes: a build that
        // fails half-way leaves a dist/ the next build must not trust, and
        // leaves it empty, so nothing half-built is there to publish.
        mkdirSync(cacheDir, { recursive: true });
        voidCacheRecord(cacheDir);
        finished = false;
        process.once("exit", () => {
          if (!finished) emptyFolder(outDir);
        });
      },
      "astro:build:done": ({ assets, logger }) => {
        const started = performance.now();
        const keptPages = new Set(
          [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))),
        );
        const after = listBuiltFiles(outDir);
        const leftovers = new Set(leftoverFiles(before, after, keptPages));
        for (const file of leftovers) rmSync(join(outDir, file));
        if (leftovers.size > 0) {
          removeEmptyFolders(outDir);
          logger.info(`removed ${leftovers.size} files left by earlier builds`);
        }
        const left = after.filter((file) => !leftovers.has(file.path));
        finished = true;
        writeCacheRecord(cacheDir, {
          outDir,
          outFiles: digestsAfterBuild(outDir, before, verifiedOut, left),
          cacheFiles: cacheFileDigests(cacheDir),
        });
        logger.info(
          `recorded the digests of dist/ and ${CACHE_FILES.join(", ")} in ${(performance.now() - started).toFixed(0)} ms`,
        );
      },
    },
  };
}
