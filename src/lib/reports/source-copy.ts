import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { REPORTS_DIR, SOURCES_DIR, shownPath } from "../content/content-dir.ts";
import { readReportFiles } from "./files.ts";
import { sha256 } from "../hash.ts";

function decodesAsUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    // In stream mode a sequence cut off at the end is not an error yet.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that breaks UTF-8, or `undefined` for valid UTF-8 text. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // The shortest prefix that fails ends at the bad byte: search for it.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (decodesAsUtf8Prefix(bytes.subarray(0, middle + 1))) low = middle + 1;
      else high = middle;
    }
    // The break shows at the byte after an unfinished sequence: report the
    // sequence's first byte, where an editor would show the problem.
    let start = low;
    for (let back = 1; back <= 3 && low - back >= 0; back++) {
      const byte = bytes[low - back] ?? 0;
      if (byte >= 0xc0) start = low - back;
      if (byte < 0x80 || byte >= 0xc0) break;
    }
    return start;
  }
}

/** What is wrong with a report's `source`, and which of its fields says so. */
export interface SourceCopyProblem {
  field: "file" | "sha256";
  message: string;
}

/**
 * Why a report's pinned copy does not check out, or `undefined` when the file
 * exists, its sha256 is the one the report records, and it is UTF-8 text.
 */
export function sourceCopyProblem(
  file: string,
  expected: string,
  dir = SOURCES_DIR,
): SourceCopyProblem | undefined {
  const path = resolve(dir, file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return { field: "file", message: `source copy ${shownPath(path)} not found` };
  }
  const actual = sha256(bytes);
  if (actual !== expected) {
    return {
      field: "sha256",
      message: `sha256 ${expected} does not match ${shownPath(path)}, whose sha256 is ${actual}`,
    };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === undefined) return undefined;
  return {
    field: "file",
    message: `source copy ${shownPath(path)} is not UTF-8 text (invalid byte at offset ${invalid}); the archive keeps UTF-8 copies only`,
  };
}

/** A report's pinned copy, as the report's frontmatter names it. */
export interface PinnedCopy {
  /** The report's file, as messages show it. */
  report: string;
  file: string;
  sha256: string;
}

/**
 * Every report's pinned copy, read from the reports' frontmatter. The
 * content layer checks a copy when its report is loaded, but skips
 * unchanged reports on later builds; publishing reads the pins afresh.
 */
export function pinnedCopies(reportsDir = REPORTS_DIR): PinnedCopy[] {
  return readReportFiles(reportsDir).map(({ path, data }) => {
    const source = (data as { source?: { file?: unknown; sha256?: unknown } }).source;
    if (typeof source?.file !== "string" || typeof source.sha256 !== "string") {
      throw new Error(`${shownPath(path)}: source: a report needs source.file and source.sha256`);
    }
    return { report: shownPath(path), file: source.file, sha256: source.sha256 };
  });
}

/**
 * Copies every report's pinned copy into `outDir`, byte for byte, after
 * checking it still has the sha256 its report records; a copy that does not
 * stops the build, naming the report and the field.
 */
export function publishSourceCopies(
  outDir: string,
  reportsDir = REPORTS_DIR,
  sourcesDir = SOURCES_DIR,
): number {
  const copies = pinnedCopies(reportsDir);
  mkdirSync(outDir, { recursive: true });
  for (const copy of copies) {
    const problem = sourceCopyProblem(copy.file, copy.sha256, sourcesDir);
    if (problem) throw new Error(`${copy.report}: source.${problem.field}: ${problem.message}`);
    copyFileSync(resolve(sourcesDir, copy.file), join(outDir, basename(copy.file)));
  }
  return copies.length;
}
