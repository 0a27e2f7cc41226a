import { resolve } from "node:path";
import type { ParagraphTable } from "../content/citations.ts";
import { readReportFile } from "./files.ts";
import { bodyParagraphs } from "./text.ts";

/**
 * Each report's paragraphs, read from its file the first time a citation
 * names it. Claims and timeline events cite a few reports; reading those,
 * not every body, keeps the check from growing with the archive, and keeps
 * the texts out of the data store every page loads.
 */
export function paragraphsFromFiles(
  reports: readonly { slug: string; entry: { filePath?: string | undefined } }[],
): ParagraphTable {
  const files = new Map(reports.map((report) => [report.slug, report.entry.filePath]));
  const read = new Map<string, string[]>();
  return {
    has: (slug) => files.has(slug),
    keys: () => files.keys(),
    get(slug) {
      if (!files.has(slug)) return undefined;
      let paragraphs = read.get(slug);
      if (!paragraphs) {
        const file = files.get(slug);
        if (!file) throw new Error(`report "${slug}" has no file to read its paragraphs from`);
        paragraphs = bodyParagraphs(readReportFile(resolve(file)).body);
        read.set(slug, paragraphs);
      }
      return paragraphs;
    },
  };
}
