import { readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createHash } from "node:crypto";

/** A file of a built site: its path from the site's root, size, times and inode. */
export interface BuiltFile {
  path: string;
  size: number;
  mtimeMs: number;
  /**
   * When the file's content or times last changed. Unlike the modification
   * time, no program can set it back: restoring a file's modification time
   * after an edit sets it to now.
   */
  ctimeMs: number;
  /** The file's inode: a file replaced by another (moved or copied over it) has a new one. */
  ino: number;
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Every file under `dir` with its size, times and inode, sorted by path; none when `dir` does not exist. */
export function listBuiltFiles(dir: string): BuiltFile[] {
  let paths: string[];
  try {
    paths = filesUnder(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return paths.map((path) => {
    const { size, mtimeMs, ctimeMs, ino } = statSync(join(dir, path));
    return { path, size, mtimeMs, ctimeMs, ino };
  });
}

/**
 * A digest of a folder's listing: every path with its size and modification
 * time. Any write to the folder since the digest was taken changes it, which
 * is what proves a kept dist/ is the one the last build left.
 */
export function listingDigest(files: readonly BuiltFile[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(`${file.path}\0${file.size}\0${file.mtimeMs}\n`);
  return hash.digest("hex");
}

/**
 * The files a build left from earlier builds: there before it started
 * (`before`) and untouched since (same size and modification time), and
 * not among the pages it kept in place (`kept`, paths relative to the site).
 * A removed report's page and raw copy, a renamed stylesheet, a shrunken
 * sitemap's last file. Comparing each file with itself, not with the
 * build's start time, keeps this right if the clock is set back mid-build.
 */
export function leftoverFiles(
  before: readonly BuiltFile[],
  after: readonly BuiltFile[],
  kept: ReadonlySet<string>,
): string[] {
  const earlier = new Map(before.map((file) => [file.path, file]));
  return after
    .filter((file) => {
      const was = earlier.get(file.path);
      return was?.size === file.size && was.mtimeMs === file.mtimeMs && !kept.has(file.path);
    })
    .map((file) => file.path);
}

/** Removes the folders under `dir` that hold no file any more, deepest first. */
export function removeEmptyFolders(dir: string): void {
  const folders = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
  }
}

/** Empties `dir` (keeping the folder itself), as Astro does before a build. */
export function emptyFolder(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const name of names) rmSync(join(dir, name), { recursive: true, force: true });
}
