/** Where in the content a problem is: the file as messages show it, and where known the line, column and field. */
export interface ContentPlace {
  file: string;
  /** 1-based. */
  line?: number | undefined;
  /** 1-based. */
  column?: number | undefined;
  /** The field, dotted for nested fields (`source.sha256`, `removedChrome[2]`). */
  field?: string | undefined;
}

/** `file:line:column: field: reason`, leaving out what is not known. */
export function formatProblem(place: ContentPlace, reason: string): string {
  const at = [place.file, place.line, place.line === undefined ? undefined : place.column]
    .filter((part) => part !== undefined)
    .join(":");
  return place.field ? `${at}: ${place.field}: ${reason}` : `${at}: ${reason}`;
}

/**
 * A problem with the archive's content, not with its code. Astro prints an
 * error's stack trace when it has one; the place that matters here is the
 * content file, which the message names, so the stack is left empty and the
 * build prints one clear message.
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContentError";
    this.stack = "";
  }

  static at(place: ContentPlace, reason: string): ContentError {
    return new ContentError(formatProblem(place, reason));
  }

  /** Any error as a content error: its message kept, its stack dropped. */
  static from(error: unknown): ContentError {
    if (error instanceof ContentError) return error;
    return new ContentError(error instanceof Error ? error.message : String(error));
  }
}

/** The 1-based line of character `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) line += 1;
  return line;
}

/** The line of a YAML list entry `- id: <id>` (or `id: <id>` within it), or `undefined` when not found. */
export function lineOfEntry(text: string, id: string): number | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`^[ \\t-]*id:[ \\t]*(["']?)${escaped}\\1[ \\t]*(#.*)?$`, "m").exec(text);
  return match ? lineAt(text, match.index) : undefined;
}
