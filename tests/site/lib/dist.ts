import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readReportFiles } from "../../../src/lib/report-files.ts";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { PLACEHOLDER_SITE_URL, siteUrlFrom } from "../../../src/lib/build/site-address.ts";

export const DIST = "dist";
export const REPORTS_DIR = "content/reports";

/** A committed report file, read the way the importer writes it. */
export interface ReportFile {
  slug: string;
  data: Record<string, unknown> & {
    title: string;
    titleSource: string;
    dek?: string;
    source: { file: string; sha256: string };
    removedChrome: string[];
  };
  body: string;
}

export function reportFiles(dir = REPORTS_DIR): ReportFile[] {
  return readReportFiles(dir).map(({ slug, data, body }) => ({
    slug,
    data: data as ReportFile["data"],
    body,
  }));
}

export function builtPage(path: string): Root {
  return fromHtml(readFileSync(join(DIST, path, path.endsWith(".html") ? "" : "index.html"), "utf8"));
}

/** The visible text of the element a selector finds, white space collapsed. */
export function textOf(tree: Root, selector: string): string {
  const element = select(selector, tree);
  if (!element) throw new Error(`no element matches ${selector}`);
  return toText(element);
}

/** What dist/ was built for: the same environment `npm run build` read. */
export const BUILT_FOR = {
  base: process.env["BASE_PATH"] ?? "/",
  site: siteUrlFrom(process.env) ?? PLACEHOLDER_SITE_URL,
};
