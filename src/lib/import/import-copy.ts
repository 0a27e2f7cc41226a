import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import matter from "gray-matter";
import { sha256 } from "../hash.ts";
import { draftReport } from "./draft-report.ts";
import { parseCopy } from "./parse-copy.ts";
import { CopyError, readCopy } from "./read-copy.ts";

export interface ImportOptions {
  /** The raw copy to import. */
  file: string;
  /** The content folder holding `reports/` and `sources/`. */
  contentDir: string;
  /** A slug to use instead of one made from the headline. */
  slug?: string;
}

export interface ImportResult {
  reportPath: string;
  sourcePath: string;
  sha256: string;
  review: string[];
}

/** Which committed report, if any, already holds a copy with this hash. */
function reportWithHash(reportsDir: string, hash: string): string | undefined {
  if (!existsSync(reportsDir)) return undefined;
  return readdirSync(reportsDir)
    .filter((name) => name.endsWith(".md"))
    .find((name) => {
      const { data } = matter(readFileSync(join(reportsDir, name), "utf8"));
      return (data["source"] as { sha256?: unknown } | undefined)?.sha256 === hash;
    });
}

/** Serialises a draft; YAML lines are not folded, so each string stays on one line. */
export function draftToFile(frontmatter: Record<string, unknown>, body: string): string {
  return matter.stringify(body, frontmatter, { lineWidth: -1 } as never);
}

export function importCopy({ file, contentDir, slug }: ImportOptions): ImportResult {
  const { bytes, text } = readCopy(file);
  const hash = sha256(bytes);
  const reportsDir = join(contentDir, "reports");
  const sourcesDir = join(contentDir, "sources");

  const existing = reportWithHash(reportsDir, hash);
  if (existing)
    throw new CopyError(file, `already imported as ${join(reportsDir, existing)} (same sha256 ${hash})`);

  const sourceFile = basename(file);
  const draft = draftReport({ parsed: parseCopy(text), sourceFile, sha256: hash, ...(slug ? { slug } : {}) });
  const reportPath = join(reportsDir, `${draft.slug}.md`);
  const sourcePath = join(sourcesDir, sourceFile);
  if (existsSync(reportPath))
    throw new CopyError(file, `${reportPath} exists already; choose another --slug`);
  const sourceKept = existsSync(sourcePath);
  if (sourceKept && sha256(readFileSync(sourcePath)) !== hash) {
    throw new CopyError(file, `${sourcePath} exists already with other content`);
  }

  mkdirSync(reportsDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  if (!sourceKept) copyFileSync(file, sourcePath);
  writeFileSync(reportPath, draftToFile(draft.frontmatter, draft.body));
  return { reportPath, sourcePath, sha256: hash, review: draft.frontmatter["review"] as string[] };
}
