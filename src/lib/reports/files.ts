import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { fileStamp } from "../build/content-digests.ts";

/**
 * File times are coarse (a few milliseconds on Linux, two seconds on FAT): a
 * file changed this close to being read could change again within the same
 * tick and keep its stamp, so it is not remembered.
 */
const RACY_STAMP_MS = 3_000;

/** A report's Markdown file, split into its frontmatter and its body. */
export interface ReportFileText {
  /** The file name without `.md`. */
  slug: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

/**
 * Report files already read by this process, with their stamp then: the
 * build's gate and the publishing of the raw copies both need every
 * report's frontmatter, and parse it once between them.
 */
const read = new Map<string, { stamp: string; file: Omit<ReportFileText, "slug"> }>();

/**
 * One report file, read and split; read again only when its stamp (size,
 * times, inode) has changed since this process last read it, or when it had
 * changed too shortly before then for its times to tell (RACY_STAMP_MS).
 */
export function readReportFile(path: string): Omit<ReportFileText, "slug"> {
  const stats = statSync(path);
  const stamp = fileStamp({ path, ...stats });
  const known = read.get(path);
  if (known?.stamp === stamp) return known.file;
  // An options object keeps gray-matter from caching every file it reads.
  const { data, content } = matter(readFileSync(path, "utf8"), {});
  const file = { path, data, body: content };
  if (Math.max(stats.ctimeMs, stats.mtimeMs) < Date.now() - RACY_STAMP_MS) read.set(path, { stamp, file });
  else read.delete(path);
  return file;
}

/** Every report file in a folder (`*.md`), in file-name order. */
export function readReportFiles(dir: string): ReportFileText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => ({ slug: name.replace(/\.md$/, ""), ...readReportFile(join(dir, name)) }));
}
