import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { glob } from "astro/loaders";
import type { Loader } from "astro/loaders";
import { REPORTS_DIR, shownPath } from "../content/content-dir.ts";
import { parseFailure } from "./markdown-problem.ts";
import { ContentError } from "../content/errors.ts";
import { schemaErrorMessage } from "../content/schema-errors.ts";
import { forgetEntriesWithoutHtml, htmlFileOf, moveHtmlToFiles } from "./html-files.ts";
import { SLUG } from "./names.ts";

/** Where the bodies' HTML is kept, inside Astro's cache folder (see html-files.ts). */
const HTML_DIR = "report-html/";

/**
 * How many lines of a report's file come before its body's first line as
 * Astro renders it: the frontmatter and the blank lines after it.
 */
function bodyOffset(file: string): number {
  const lines = readFileSync(file, "utf8").split("\n");
  const close = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  let first = close + 1;
  while (first < lines.length && lines[first]?.trim() === "") first += 1;
  return first;
}

/**
 * Loads content/reports/*.md with Astro's glob loader, adding the checks a
 * schema cannot make because they span files or look past the frontmatter:
 * every slug is well formed and used once, and every body has text. Each
 * failure names the file and the field.
 */
export function reportsLoader(dir = REPORTS_DIR): Loader {
  /** Slug → the file that claimed it, for one load. */
  let claimed = new Map<string, string>();
  const inner = glob({
    pattern: "*.md",
    base: pathToFileURL(`${dir}/`),
    // Pages use the rendering, never the Markdown: keeping every body too
    // would grow the data store Astro loads into each build by about a quarter.
    retainBody: false,
    generateId: ({ entry, data }) => {
      const file = shownPath(join(dir, entry));
      const fromFrontmatter = typeof data["slug"] === "string";
      const slug = fromFrontmatter ? String(data["slug"]) : entry.replace(/\.md$/, "");
      const field = fromFrontmatter ? "slug" : "file name";
      if (!SLUG.test(slug)) {
        throw new ContentError(`${file}: ${field} "${slug}" must be lowercase letters, digits and hyphens`);
      }
      const other = claimed.get(slug);
      // A file renamed while `astro dev` runs no longer exists: not a clash.
      if (other && other !== entry && existsSync(join(dir, other))) {
        // Files load in no fixed order: the later of the two by file name is
        // the one refused, so the message is the same on every run.
        const [first, second] = [other, entry].sort();
        throw new ContentError(
          `${shownPath(join(dir, second ?? entry))}: slug "${slug}" is already used by ${shownPath(join(dir, first ?? other))}; two reports cannot share an address`,
        );
      }
      claimed.set(slug, entry);
      return slug;
    },
  });
  return {
    name: "archive-reports",
    load: async (context) => {
      claimed = new Map();
      // The glob loader logs a body that fails to render (a directive that
      // is not allowed, say) and carries on; the archive stops instead.
      const renderErrors: string[] = [];
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        // Reported once, below, as the build's own error.
        if (message.startsWith("Error rendering ")) renderErrors.push(message);
        else context.logger.error(message);
      };
      // A body whose HTML file has gone is rendered again, not shown empty.
      const stale = forgetEntriesWithoutHtml(context.store);
      if (stale.length > 0) {
        context.logger.info(
          `rendering ${stale.length} report bodies again: their cached HTML is gone or does not match its digest (${stale.slice(0, 3).join(", ")}${stale.length > 3 ? ", …" : ""})`,
        );
      }
      // Astro's Markdown renderer also prints each failure's whole syntax
      // tree to the console before rethrowing it: the build's own message
      // below says it in one line.
      const consoleError = console.error;
      console.error = (...args: unknown[]) => {
        const [first] = args;
        if (!(first instanceof Error && first.message.startsWith("Failed to parse Markdown file")))
          consoleError(...args);
      };
      try {
        await inner.load({ ...context, logger });
      } catch (error) {
        // A schema or slug error: the message names the file and field; the stack would only bury it.
        throw new ContentError(schemaErrorMessage(error));
      } finally {
        console.error = consoleError;
      }
      const [renderError] = renderErrors;
      if (renderError) {
        const [, entry = "", failure = renderError] =
          /^Error rendering ([^:]+): (?:Failed to parse Markdown file "[^"]*":\n)?([\s\S]*)$/.exec(
            renderError,
          ) ?? [];
        const { line, column, reason } = parseFailure(failure);
        const file = join(dir, entry);
        throw ContentError.at(
          {
            file: shownPath(file),
            line: line === undefined ? undefined : bodyOffset(file) + line,
            column,
            field: "body",
          },
          reason,
        );
      }
      for (const entry of context.store.values()) {
        // Without the body, its rendering tells: blank Markdown renders to
        // nothing. A body already in a file was checked when it was rendered.
        if (!htmlFileOf(entry) && !entry.rendered?.html.trim()) {
          // Astro's filePath is relative to the project root; show it the way every other message does.
          const file = shownPath(entry.filePath ? resolve(entry.filePath) : join(dir, `${entry.id}.md`));
          throw new ContentError(
            `${file}: body is empty; a report needs the copy's text below its frontmatter`,
          );
        }
      }
      moveHtmlToFiles(context.store, fileURLToPath(new URL(HTML_DIR, context.config.cacheDir)));
    },
  };
}
