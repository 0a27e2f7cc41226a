import { readFileSync } from "node:fs";
import { shownPath } from "./content-dir.ts";
import { formatProblem, lineOfEntry } from "./errors.ts";

/** The line of a field in a Markdown file's frontmatter, following its path (`source.sha256`, `removedChrome.2`). */
export function frontmatterLine(text: string, path: readonly string[]): number | undefined {
  const lines = text.split("\n");
  let found: number | undefined;
  let from = 1;
  let indent = -1;
  for (const segment of path) {
    let hit: number | undefined;
    if (/^\d+$/.test(segment)) {
      let item = -1;
      for (let at = from; at < lines.length && lines[at] !== "---"; at++) {
        const match = /^(\s*)- /.exec(lines[at] ?? "");
        if (match && (match[1]?.length ?? 0) >= indent && ++item === Number(segment)) {
          hit = at;
          break;
        }
      }
    } else {
      const key = new RegExp(`^(\\s*)(?:- )?["']?${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?:`);
      for (let at = from; at < lines.length && lines[at] !== "---"; at++) {
        const match = key.exec(lines[at] ?? "");
        if (match && (match[1]?.length ?? 0) > indent) {
          hit = at;
          indent = match[1]?.length ?? 0;
          break;
        }
      }
    }
    if (hit === undefined) break;
    found = hit + 1;
    from = hit + 1;
  }
  return found;
}

/**
 * Astro's schema error for a report (`**reports → x** data does not match
 * collection schema.` and a line per issue) as one line per issue naming
 * the file, the field's line, the field and what is wrong. Any other error
 * keeps its message.
 */
export function schemaErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const loc = (error as { loc?: { file?: string; line?: number; column?: number } }).loc;
  const file = loc?.file;
  if (!file) return message;
  if (!/data does not match collection schema/.test(message)) {
    // Frontmatter YAML that cannot be parsed, say: Astro knows the file and line.
    const reason = loc.line ? `frontmatter YAML cannot be parsed: ${message}` : message;
    return formatProblem(
      { file: shownPath(file), line: loc.line || undefined, column: loc.column || undefined },
      reason,
    );
  }
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    // The message still names the file.
  }
  const issues = [...message.matchAll(/^ {2}\*\*([^*]*)\*\*: (?:\*\*[^*]*\*\*: )?(.*)$/gm)];
  if (issues.length === 0) return `${shownPath(file)}: ${message}`;
  if (/\.ya?ml$/.test(file)) {
    // An entry of a data file: named by its id, at the line that gives it.
    const id = /^\*\*[^*]*? → ([^*]*)\*\*/.exec(message)?.[1] ?? "";
    const line = lineOfEntry(text, id);
    return issues
      .map(([, field = "", reason = ""]) =>
        formatProblem({ file: shownPath(file), line, field: `entry "${id}", ${field || "entry"}` }, reason),
      )
      .join("\n");
  }
  return issues
    .map(([, field = "", reason = ""]) => {
      const path = field ? field.split(".") : [];
      const unknown = /^Unrecognized keys?: "([^"]+)"/.exec(reason)?.[1];
      const line = frontmatterLine(text, unknown ? [...path, unknown] : path);
      const named = unknown ? [...path, unknown].join(".") : field;
      const explained = unknown ? `${reason}: the schema has no such field (misspelt?)` : reason;
      return formatProblem({ file: shownPath(file), line, field: named || "frontmatter" }, explained);
    })
    .join("\n");
}
