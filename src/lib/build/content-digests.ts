import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../hash.ts";
import type { BuiltFile } from "./out-dir.ts";

/** sha256 of each file's content, by path relative to its folder. */
export type Digests = Record<string, string>;

/** The sha256 of a file's content, or `undefined` when it cannot be read. */
export function fileDigest(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/**
 * A file's size, modification and change times and inode, as one string.
 * Any write changes the change time, and so does setting the modification
 * time back after an edit; a file moved or copied in its place has another
 * inode.
 */
export function fileStamp(file: BuiltFile): string {
  return `${file.size}:${file.mtimeMs}:${file.ctimeMs}:${file.ino}`;
}

/**
 * The first difference between a folder's files and the digests recorded
 * for them, described, or `undefined` when every file is there with the
 * recorded content and no other file is. Reads every file: a kept dist/ is
 * verified by its content, never trusted by its names, sizes or times, so a
 * same-size edit with its modification time restored is found.
 */
export function firstDigestMismatch(
  dir: string,
  files: readonly BuiltFile[],
  recorded: Digests,
): string | undefined {
  const listed = new Set(files.map((file) => file.path));
  for (const path of Object.keys(recorded)) if (!listed.has(path)) return `${path} is missing`;
  for (const file of files) {
    const expected = recorded[file.path];
    if (expected === undefined) return `${file.path} was not written by that build`;
    if (fileDigest(join(dir, file.path)) !== expected)
      return `${file.path} differs from what that build wrote`;
  }
  return undefined;
}

/**
 * The digests of a folder's files after a build: a file the build did not
 * touch (the same stamp as when its content was verified before the build)
 * keeps its verified digest; every other file is read and hashed.
 */
export function digestsAfterBuild(
  dir: string,
  verified: readonly BuiltFile[],
  verifiedDigests: Digests,
  after: readonly BuiltFile[],
): Digests {
  const before = new Map(verified.map((file) => [file.path, fileStamp(file)]));
  const digests: Digests = {};
  for (const file of after) {
    const known = verifiedDigests[file.path];
    const untouched = before.get(file.path) === fileStamp(file);
    const digest = untouched && known !== undefined ? known : fileDigest(join(dir, file.path));
    if (digest !== undefined) digests[file.path] = digest;
  }
  return digests;
}
