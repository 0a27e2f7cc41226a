import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import {
  emptyFolder,
  leftoverFiles,
  listBuiltFiles,
  listingDigest,
  removeEmptyFolders,
  type BuiltFile,
} from "../lib/build/out-dir.ts";

/** What the cache remembers of the dist/ its last build left: where, and its listing's digest. */
interface OutDirRecord {
  outDir: string;
  listing: string;
}

const RECORD_FILE = "kept-out-dir.json";

function readRecord(file: string): OutDirRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as OutDirRecord;
  } catch {
    return undefined;
  }
}

/**
 * Keeps dist/ between builds instead of emptying it, so a rebuild leaves the
 * pages it reuses where they are (Astro's incremental build skips a reused
 * page already in dist/; emptied, it copies 8,000 pages back from its cache:
 * 18 s of a warm rebuild at 5,000 reports).
 *
 * Two things make that safe. Before the build, dist/ must be exactly what
 * this cache's last build left (same folder, same listing of paths, sizes
 * and times); otherwise it is emptied as Astro would, since another build
 * may have written a page this cache would take as its own. After the build,
 * every file it found there and neither rewrote nor kept as a page is
 * removed, so a deleted report's page and raw copy do not linger. It must be
 * the last integration: the others' files are written by then.
 */
export default function keptOutDir(): AstroIntegration {
  let outDir = "";
  let cacheDir = "";
  /** dist/ as this build found it (after emptying it, if it did). */
  let before: BuiltFile[] = [];
  const recordFile = () => join(cacheDir, RECORD_FILE);
  return {
    name: "archive:kept-out-dir",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": ({ logger }) => {
        const record = readRecord(recordFile());
        before = listBuiltFiles(outDir);
        const matches = record?.outDir === outDir && record.listing === listingDigest(before);
        if (!matches && before.length > 0) {
          emptyFolder(outDir);
          before = [];
          logger.info(`emptied ${outDir}: it is not the output of this cache's last build`);
        }
        // The record stays void until this build finishes: a build that
        // fails half-way leaves a dist/ the next build must not trust.
        mkdirSync(cacheDir, { recursive: true });
        rmSync(recordFile(), { force: true });
      },
      "astro:build:done": ({ assets, logger }) => {
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
        const record: OutDirRecord = { outDir, listing: listingDigest(left) };
        writeFileSync(recordFile(), JSON.stringify(record));
      },
    },
  };
}
