import { readFileSync, statSync } from "node:fs";
import { firstInvalidUtf8 } from "../reports/source-copy.ts";

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
 * Reads a raw copy as UTF-8 text, refusing what cannot be a plain-text
 * report: a missing file, an empty one, binary data, or bytes that are not
 * valid UTF-8. Returns the bytes too, so the caller hashes what it read.
 */
export function readCopy(file: string): { bytes: Uint8Array; text: string } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CopyError(file, "file not found");
  }
  if (size === 0) throw new CopyError(file, "file is empty");
  const bytes = readFileSync(file);
  if (bytes.includes(0))
    throw new CopyError(file, "file is binary (it contains NUL bytes), not a plain-text copy");
  // The same check the build makes of every copy it publishes, with where it fails.
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== undefined) {
    throw new CopyError(file, `file is not valid UTF-8 text (invalid byte at offset ${invalid})`);
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  if (text.trim().length === 0) throw new CopyError(file, "file has no text (only white space)");
  return { bytes, text };
}
