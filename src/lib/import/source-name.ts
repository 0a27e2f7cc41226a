import { SOURCE_FILE_NAME } from "../reports/names.ts";

/** Characters of a file name kept as they are: the schema's (SOURCE_FILE_NAME). */
const UNSAFE_RUN = /[^\w.-]+/g;

/**
 * The name a raw copy is kept under in content/sources/: its own name where
 * that fits the schema, otherwise the nearest name that does: accents
 * dropped (`é` → `e`), each run of other characters (spaces, other
 * scripts) made one hyphen, no leading dot (a hidden file is not published),
 * and the extension `.txt`. A name with nothing left becomes `copy-` and the
 * start of the copy's sha256.
 */
export function sourceFileName(original: string, sha256: string): string {
  const stem = original
    .replace(/\.[^.]*$/, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(UNSAFE_RUN, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[.-]+|[.-]+$/g, "");
  const name = `${stem || `copy-${sha256.slice(0, 16)}`}.txt`;
  if (!SOURCE_FILE_NAME.test(name)) throw new Error(`no schema-valid file name for ${original}: ${name}`);
  return name;
}
