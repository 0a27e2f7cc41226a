import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SOURCES_DIR } from "../content/content-dir.ts";

/**
 * What normalising a copy's text changed: the kind of line breaks it had, and
 * whether it opened with a byte order mark. Empty when nothing changed. The
 * importer records it in the report's `normalized` frontmatter.
 */
export interface CopyNormalization {
  /** The copy's line breaks, when they were not all LF: CR LF, CR alone, or more than one kind. */
  lineEndings?: "crlf" | "cr" | "mixed";
  /** The copy opened with a UTF-8 byte order mark. */
  bom?: true;
}

const BOM = "\uFEFF";

function lineEndingsOf(text: string): CopyNormalization["lineEndings"] {
  const crlf = /\r\n/.test(text);
  const cr = /\r(?!\n)/.test(text);
  if (!crlf && !cr) return undefined;
  const lf = /(?<!\r)\n/.test(text);
  if (crlf && !cr && !lf) return "crlf";
  if (cr && !crlf && !lf) return "cr";
  return "mixed";
}

/**
 * A raw copy's text as the archive reads it: a leading byte order mark
 * dropped, and every line break (CR LF, or CR alone as old Mac files have)
 * made LF, so that a copy saved on any system reads as the same lines. The
 * raw copy is kept byte for byte. The importer drafts a report's Markdown
 * from this text and the build's gate compares each page with it: both
 * read a copy through this one function.
 */
export function normalizeCopy(raw: string): { text: string; normalized: CopyNormalization } {
  const bom = raw.startsWith(BOM);
  const withoutBom = bom ? raw.slice(BOM.length) : raw;
  const lineEndings = lineEndingsOf(withoutBom);
  return {
    text: lineEndings ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom,
    normalized: { ...(lineEndings ? { lineEndings } : {}), ...(bom ? { bom: true } : {}) },
  };
}

/** One line of a copy that the archive must publish: its text, and its line number in the copy. */
export interface CopyLine {
  line: number;
  text: string;
}

/** Where a `removedChrome` entry is not found in the copy (after the entries before it). */
export interface ChromeProblem {
  index: number;
  message: string;
}

/** The first `removedChrome` entry that does not occur in the copy, in the listed order. */
export function chromeProblem(copy: string, chrome: readonly string[]): ChromeProblem | undefined {
  const { text } = normalizeCopy(copy);
  let from = 0;
  for (const [index, piece] of chrome.entries()) {
    const at = text.indexOf(piece, from);
    if (at < 0) {
      const anywhere = text.includes(piece);
      return {
        index,
        message: anywhere
          ? `${JSON.stringify(piece)} occurs in the copy only before the entry listed above it; list the chrome in the copy's order`
          : `${JSON.stringify(piece)} does not occur in the copy; only text the copy holds can be listed as removed`,
      };
    }
    from = at + piece.length;
  }
  return undefined;
}

/**
 * The copy's lines less its listed chrome: what a report page must publish,
 * line for line. Each chrome string is cut where it occurs (in the listed
 * order) and ends the line there; lines are trimmed of spaces and tabs, and
 * empty ones dropped. Throws when a chrome string is not in the copy.
 */
export function publishedCopyLines(raw: string, chrome: readonly string[]): CopyLine[] {
  const { text } = normalizeCopy(raw);
  const problem = chromeProblem(text, chrome);
  if (problem) throw new Error(`removedChrome[${problem.index}]: ${problem.message}`);
  const lines: CopyLine[] = [];
  let line = 1;
  let from = 0;
  const keep = (segment: string) => {
    segment.split("\n").forEach((part, offset) => {
      const trimmed = part.replace(/^[ \t]+|[ \t]+$/g, "");
      if (trimmed) lines.push({ line: line + offset, text: trimmed });
    });
  };
  const advance = (segment: string) => {
    for (let at = segment.indexOf("\n"); at >= 0; at = segment.indexOf("\n", at + 1)) line += 1;
  };
  for (const piece of chrome) {
    const at = text.indexOf(piece, from);
    const before = text.slice(from, at);
    keep(before);
    advance(before);
    advance(piece);
    from = at + piece.length;
  }
  keep(text.slice(from));
  return lines;
}

/** The first `removedChrome` entry that a report's pinned copy (in content/sources/) does not hold. */
export function removedChromeProblem(
  file: string,
  chrome: readonly string[],
  dir = SOURCES_DIR,
): ChromeProblem | undefined {
  return chromeProblem(readFileSync(resolve(dir, file), "utf8"), chrome);
}
