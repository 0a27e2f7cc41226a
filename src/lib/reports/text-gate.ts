import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { REPORTS_DIR, SOURCES_DIR, shownPath } from "../content/content-dir.ts";
import { formatProblem } from "../content/errors.ts";
import { verifiedAndUntouched } from "../build/verified-out-files.ts";
import { readReportFiles, type ReportFileText } from "./files.ts";
import { parseBody } from "./text.ts";
import { publishedCopyLines, type CopyLine } from "./copy-text.ts";
import { publishedText } from "./published-text.ts";

/** A report as the gate checks it: its file, its page, its copy and its listed chrome. */
export interface GatedReport {
  /** The report's Markdown file, as messages show it. */
  file: string;
  slug: string;
  /** The raw copy's path. */
  copy: string;
  removedChrome: readonly string[];
}

/** Every report of a folder, read from its frontmatter. */
export function gatedReports(
  files: readonly ReportFileText[] = readReportFiles(REPORTS_DIR),
  sourcesDir = SOURCES_DIR,
): GatedReport[] {
  return files.map(({ path, slug, data }) => {
    const source = data["source"] as { file?: unknown } | undefined;
    const chrome = data["removedChrome"];
    return {
      file: shownPath(path),
      slug: typeof data["slug"] === "string" ? data["slug"] : slug,
      copy: resolve(sourcesDir, typeof source?.file === "string" ? source.file : ""),
      removedChrome: Array.isArray(chrome)
        ? chrome.filter((piece): piece is string => typeof piece === "string")
        : [],
    };
  });
}

/** The line of the report's Markdown that printed the page's `index`-th line, for a message. */
function markdownLine(file: string, index: number): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  const close = lines.indexOf("---", 1);
  if (lines[0] !== "---" || close < 0) return undefined;
  const frontmatter = lines.slice(1, close);
  const keyLine = (key: string) => {
    const at = frontmatter.findIndex((line) => line.startsWith(`${key}:`));
    return at < 0 ? undefined : at + 2;
  };
  const printed = /^titleSource:\s*printed\s*$/m.test(frontmatter.join("\n"));
  const head = [...(printed ? [keyLine("title")] : []), ...(keyLine("dek") ? [keyLine("dek")] : [])];
  if (index < head.length) return head[index];
  const block = parseBody(lines.slice(close + 1).join("\n")).children[index - head.length];
  return block?.position ? block.position.start.line + close + 1 : close + 2;
}

function quoted(text: string | undefined): string {
  if (text === undefined) return "nothing";
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}…` : text);
}

/**
 * Why a report's published page does not say what its copy says, or
 * `undefined` when its published text equals the copy's lines less the
 * listed chrome, line for line, and it holds nothing a report page may not.
 * The message names the report's file and the line that printed the first
 * difference, the copy's line, and both texts.
 */
export function publishedTextProblem(
  report: GatedReport,
  pageHtml: string,
  page: string,
): string | undefined {
  let expected: CopyLine[];
  try {
    expected = publishedCopyLines(readFileSync(report.copy, "utf8"), report.removedChrome);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? `source copy ${shownPath(report.copy)} not found`
        : (error as Error).message;
    return formatProblem({ file: report.file }, reason);
  }
  const published = publishedText(pageHtml);
  if (!published.found)
    return formatProblem({ file: report.file }, `${page} has no element marked as the report's text`);
  const [unsafe] = published.problems;
  if (unsafe) return formatProblem({ file: report.file }, `${page} ${unsafe}`);
  const length = Math.max(expected.length, published.lines.length);
  for (let index = 0; index < length; index++) {
    const copy = expected[index];
    const shown = published.lines[index];
    if (copy?.text === shown) continue;
    const copyAt = copy ? `${shownPath(report.copy)}:${copy.line}` : `the end of ${shownPath(report.copy)}`;
    return formatProblem(
      { file: report.file, line: markdownLine(report.file, index) },
      `the published text differs from the copy at ${copyAt}: the copy has ${quoted(copy?.text)}, ${page} has ${quoted(shown)}`,
    );
  }
  return undefined;
}

/**
 * Every problem of the built report pages in `outDir`, one line each, and
 * how many pages were read. A page this build found in dist/ as the last
 * gated build left it (verified by digest) and did not write again is not
 * read twice.
 */
export function publishedTextProblems(
  outDir: string,
  reports: readonly GatedReport[],
): { problems: string[]; read: number } {
  let read = 0;
  const problems = reports.flatMap((report) => {
    const page = join("reports", report.slug, "index.html");
    if (verifiedAndUntouched(outDir, page)) return [];
    read += 1;
    let html: string;
    try {
      html = readFileSync(join(outDir, page), "utf8");
    } catch {
      return [formatProblem({ file: report.file }, `the build wrote no page ${page}`)];
    }
    const problem = publishedTextProblem(report, html, page);
    return problem ? [problem] : [];
  });
  return { problems, read };
}
