/**
 * Where the archive's content lives, relative to the project root or
 * absolute. ARCHIVE_CONTENT_DIR points a build at another folder (the scale
 * benchmark's synthetic archive, test fixtures) without touching the
 * committed content/.
 */
export const CONTENT_DIR = process.env["ARCHIVE_CONTENT_DIR"] || "content";

/** The reports, one Markdown file per report. */
export const REPORTS_DIR = `${CONTENT_DIR}/reports`;

/** The raw copies, byte for byte. */
export const SOURCES_DIR = `${CONTENT_DIR}/sources`;
