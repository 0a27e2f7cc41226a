/**
 * The shapes of the names content files may have. The report schema, the
 * reports loader and the importer all check against these, so a name the
 * importer writes is one the build accepts.
 */

/** A report's address segment and file name: lowercase words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A raw copy's file name in content/sources/: letters, digits, `_`, `.` and `-`, ending `.txt`. */
export const SOURCE_FILE_NAME = /^[\w.-]+\.txt$/;
