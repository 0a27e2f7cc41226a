import { relative, resolve } from "node:path";

/**
 * Where the archive's content lives: `content/` by default. The
 * ARCHIVE_CONTENT_DIR environment variable points a build or `astro sync`
 * at another folder of the same shape (reports/, sources/), so broken
 * fixtures can be checked without touching the committed content.
 */
export const CONTENT_DIR = resolve(process.env["ARCHIVE_CONTENT_DIR"] ?? "content");

/** The reports' Markdown files. */
export const REPORTS_DIR = resolve(CONTENT_DIR, "reports");

/** The raw copies, byte for byte. */
export const SOURCES_DIR = resolve(CONTENT_DIR, "sources");

/** A file of the content folder, as messages show it (`content/claims.yaml` by default). */
export function contentFile(name: string): string {
  return shownPath(resolve(CONTENT_DIR, name));
}

/** A path as error messages show it: relative to where the command runs. */
export function shownPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") ? path : shown;
}
