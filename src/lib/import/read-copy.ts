import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
import { firstInvalidUtf8 } from "../reports/source-copy.ts";
import { normalizeCopy, type CopyNormalization } from "../reports/copy-text.ts";

/** A raw copy the importer refuses, with the file it refused. */
export class CopyError extends Error {
  readonly file: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "CopyError";
    this.file = file;
  }
}

/**
 * The largest copy imported unless a larger limit is given: 2 MB. The five
 * copies are under 10 KB; a 50 MB file would make one page of 85 MB and a
 * build of gigabytes, so a file that large is refused, not imported silently.
 */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

/** What a path that is not a plain file is, for the refusal. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a plain file";
}

/**
 * Opens a plain file for reading and returns its descriptor, refusing a
 * symbolic link, a folder, a device, a pipe or a socket. The file is checked
 * again once open (never following a link, never waiting on a pipe), so it
 * cannot be swapped for something else between the check and the read.
 */
function openPlainFile(file: string): { fd: number; size: number } {
  let before: Stats;
  try {
    before = lstatSync(file);
  } catch {
    throw new CopyError(file, "file not found");
  }
  const kind = kindOf(before);
  if (kind) {
    const hint = before.isSymbolicLink() ? "; import the copy itself, not a link to it" : "";
    throw new CopyError(file, `is ${kind}, not a plain-text file${hint}`);
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw new CopyError(file, `cannot be opened (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const opened = fstatSync(fd);
  if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) {
    closeSync(fd);
    throw new CopyError(file, "was replaced while being read; try again");
  }
  return { fd, size: opened.size };
}

/** Reads at most `limit + 1` bytes, so a file that grows while read cannot exceed the limit unseen. */
function readUpTo(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit + 1);
  let length = 0;
  while (length < buffer.length) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

/** Control characters other than tab and line feed (C0, DEL and C1; CR is gone once line breaks are normalised). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** The first control character that has no place in a plain-text copy, with its line and column (from 1). */
export function firstControlCharacter(
  text: string,
): { line: number; column: number; codePoint: string } | undefined {
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    const match = CONTROL.exec(line);
    if (!match) continue;
    const column = Array.from(line.slice(0, match.index)).length + 1;
    const codePoint = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    return { line: index + 1, column, codePoint };
  }
  return undefined;
}

export interface CopyText {
  /** The file's bytes, unchanged: what is kept and hashed. */
  bytes: Uint8Array;
  /** The text the draft is made from: line breaks made LF, a byte order mark dropped (normalizeCopy). */
  text: string;
  /** What that normalisation changed. */
  normalized: CopyNormalization;
}

/**
 * Reads a raw copy as UTF-8 text, refusing what cannot be a plain-text
 * report: a missing file, anything but a plain file (a symbolic link, a
 * folder, a device), an empty one, one over `maxBytes`, binary data, bytes
 * that are not valid UTF-8, or control characters other than tab and line
 * breaks (named by line and column). Returns the bytes too, so the caller
 * keeps and hashes exactly what it read.
 */
export function readCopy(file: string, maxBytes = DEFAULT_MAX_BYTES): CopyText {
  const { fd, size } = openPlainFile(file);
  let bytes: Buffer;
  try {
    if (size === 0) throw new CopyError(file, "file is empty");
    if (size > maxBytes) {
      throw new CopyError(
        file,
        `file is ${megabytes(size)}, over the ${megabytes(maxBytes)} a copy may be; if it really is one report, raise the limit with --max-mb`,
      );
    }
    bytes = readUpTo(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
  if (bytes.length > maxBytes) throw new CopyError(file, "file grew while being read; try again");
  if (bytes.length === 0) throw new CopyError(file, "file is empty");
  if (bytes.includes(0))
    throw new CopyError(file, "file is binary (it contains NUL bytes), not a plain-text copy");
  // The same check the build makes of every copy it publishes, with where it fails.
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== undefined) {
    throw new CopyError(file, `file is not valid UTF-8 text (invalid byte at offset ${invalid})`);
  }
  const { text, normalized } = normalizeCopy(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
  if (text.trim().length === 0) throw new CopyError(file, "file has no text (only white space)");
  const control = firstControlCharacter(text);
  if (control) {
    throw new CopyError(
      file,
      `line ${control.line}, column ${control.column}: control character ${control.codePoint} is not allowed in a copy (only tab and line breaks are); remove it from the text`,
    );
  }
  return { bytes, text, normalized };
}
