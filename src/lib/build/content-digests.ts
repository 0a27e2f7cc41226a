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
 * The first difference between a folder's files and the digests recorded
 * for them, described, or `undefined` when every file is there with the
 * recorded content and no other file is. Reads every file: a same-size
 * edit with its modification time restored is found.
 */
export function firstDigestMismatch(
  dir: string,
  files: readonly BuiltFile[],
  recorded: Digests,
): string | undefined {
  const listed = new Set(files.map((file) => file.path));
  for (const path of Object.keys(recorded)) if (!listed.has(path)) return `${path} is missing`;
  for (const { path } of files) {
    const expected = recorded[path];
    if (expected === undefined) return `${path} was not written by that build`;
    if (fileDigest(join(dir, path)) !== expected) return `${path} differs from what that build wrote`;
  }
  return undefined;
}

/**
 * The digests of a folder's files after a build: a file the build did not
 * touch (same size and time as when its content was verified before the
 * build) keeps its verified digest; every other file is read and hashed.
 */
export function digestsAfterBuild(
  dir: string,
  verified: readonly BuiltFile[],
  verifiedDigests: Digests,
  after: readonly BuiltFile[],
): Digests {
  const before = new Map(verified.map((file) => [file.path, file]));
  const digests: Digests = {};
  for (const file of after) {
    const was = before.get(file.path);
    const known = verifiedDigests[file.path];
    const untouched = was?.size === file.size && was.mtimeMs === file.mtimeMs;
    const digest = untouched && known !== undefined ? known : fileDigest(join(dir, file.path));
    if (digest !== undefined) digests[file.path] = digest;
  }
  return digests;
}
