import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";

/** A report's Markdown file, split into its frontmatter and its body. */
export interface ReportFileText {
  /** The file name without `.md`. */
  slug: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

/** One report file, read and split. */
export function readReportFile(path: string): Omit<ReportFileText, "slug"> {
  // An options object keeps gray-matter from caching every file it reads.
  const { data, content } = matter(readFileSync(path, "utf8"), {});
  return { path, data, body: content };
}

/** Every report file in a folder (`*.md`), in file-name order. */
export function readReportFiles(dir: string): ReportFileText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => ({ slug: name.replace(/\.md$/, ""), ...readReportFile(join(dir, name)) }));
}
