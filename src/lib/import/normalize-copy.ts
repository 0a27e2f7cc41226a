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
 * made LF, so that each of the copy's lines is one line. The raw copy is kept
 * byte for byte; the report's Markdown is made from this text, and comparing
 * a page with its copy must normalise the copy the same way, through this
 * one function.
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
