import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import matter from "gray-matter";
import { SLUG } from "../reports/names.ts";
import { sha256 } from "../hash.ts";
import { bodyBlocks } from "../reports/text.ts";
import type { ReportBlock } from "./blocks.ts";
import { draftReport } from "./draft-report.ts";
import { parseCopy } from "./parse-copy.ts";
import { CopyError, readCopy } from "./read-copy.ts";
import { sourceFileName } from "./source-name.ts";
import { writeNewFiles, type NewFile } from "./write-files.ts";

export interface ImportOptions {
  /** The raw copy to import. */
  file: string;
  /** The content folder holding `reports/` and `sources/`. */
  contentDir: string;
  /** A slug to use instead of one made from the headline. */
  slug?: string;
  /** The largest copy accepted, in bytes (DEFAULT_MAX_BYTES: 2 MB). */
  maxBytes?: number;
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

/**
 * The content folder, resolved, with its `reports/` and `sources/` folders,
 * each checked to be a real folder inside it (or not there yet): a symbolic
 * link there could send the files anywhere.
 */
function contentFolders(file: string, contentDir: string): { reportsDir: string; sourcesDir: string } {
  let root: string;
  try {
    root = realpathSync(contentDir);
  } catch {
    throw new CopyError(file, `content folder ${contentDir} not found`);
  }
  if (!lstatSync(root).isDirectory()) throw new CopyError(file, `${contentDir} is not a folder`);
  const folder = (name: string) => {
    const path = join(root, name);
    if (!existsSync(path) && !isSymlink(path)) return path;
    if (!lstatSync(path).isDirectory()) {
      throw new CopyError(
        file,
        `${join(contentDir, name)} is not a folder (a link or a file is in its place)`,
      );
    }
    return path;
  };
  return { reportsDir: folder("reports"), sourcesDir: folder("sources") };
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether `path` is inside `folder` once both are resolved. */
function inside(folder: string, path: string): boolean {
  const rest = relative(resolve(folder), resolve(path));
  return rest.length > 0 && !rest.startsWith("..") && !isAbsolute(rest);
}

/** The slug asked for, checked against the schema's pattern, or one made from the headline. */
function checkedSlug(file: string, asked: string | undefined, made: string): string {
  const slug = asked ?? made;
  if (SLUG.test(slug)) return slug;
  if (asked !== undefined) {
    throw new CopyError(
      file,
      `--slug ${JSON.stringify(asked)} is not a report address: use lowercase letters, digits and single hyphens, such as drone-attack-on-residence`,
    );
  }
  throw new CopyError(
    file,
    `the headline gives no usable address (${JSON.stringify(made)}); choose one with --slug, such as drone-attack-on-residence`,
  );
}

/**
 * The draft's body must read back as the copy's lines, block for block: the
 * Markdown writer escapes whatever would be read as syntax (emphasis, a
 * list, a directive such as `:z` in `x:y:z`), and this proves it did.
 */
function checkReadsBack(file: string, blocks: readonly ReportBlock[], markdown: string): void {
  const expected = blocks.map((block) => block.text);
  const actual = bodyBlocks(markdown);
  const index = expected.findIndex((text, at) => actual[at] !== text);
  if (index >= 0 || actual.length !== expected.length) {
    const at = index >= 0 ? index : expected.length;
    throw new CopyError(
      file,
      `the draft would not show the copy word for word: its block ${at + 1} reads ${JSON.stringify(actual[at] ?? "(nothing)")} where the copy has ${JSON.stringify(expected[at] ?? "(nothing)")}`,
    );
  }
}

/**
 * Imports a raw copy: keeps its bytes in `sources/` and writes a draft report
 * to `reports/<slug>.md`. Every check runs before anything is written, and the
 * two files are written together or not at all (writeNewFiles).
 */
export function importCopy({ file, contentDir, slug, maxBytes }: ImportOptions): ImportResult {
  // A bad --slug is refused before the copy is even read.
  if (slug !== undefined) checkedSlug(file, slug, slug);
  const { bytes, text, normalized } = readCopy(file, maxBytes);
  const hash = sha256(bytes);
  const { reportsDir, sourcesDir } = contentFolders(file, contentDir);

  const existing = reportWithHash(reportsDir, hash);
  if (existing)
    throw new CopyError(
      file,
      `already imported as ${join(contentDir, "reports", existing)} (same sha256 ${hash})`,
    );

  const sourceFile = sourceFileName(basename(file), hash);
  const parsed = parseCopy(text);
  if (sourceFile !== basename(file)) {
    parsed.review.push(
      `raw copy kept as ${sourceFile}: its file name ${JSON.stringify(basename(file))} has characters a source file name may not`,
    );
  }
  // The day of the import is the day the copy enters the archive: recorded
  // once, as data, so no build ever reads the clock.
  const preserved = new Date().toISOString().slice(0, 10);
  const draft = draftReport({
    parsed,
    sourceFile,
    sha256: hash,
    normalized,
    preserved,
    ...(slug ? { slug } : {}),
  });
  const reportSlug = checkedSlug(file, slug, draft.slug);
  checkReadsBack(file, parsed.blocks, draft.body);

  const reportPath = join(reportsDir, `${reportSlug}.md`);
  const sourcePath = join(sourcesDir, sourceFile);
  // The patterns already rule out `..` and separators; this says so of the paths themselves.
  for (const [folder, path] of [
    [reportsDir, reportPath],
    [sourcesDir, sourcePath],
  ] as const) {
    if (!inside(folder, path)) throw new CopyError(file, `${path} is outside ${folder}`);
  }
  const shown = (path: string) => join(contentDir, relative(join(reportsDir, ".."), path));
  if (existsSync(reportPath) || isSymlink(reportPath))
    throw new CopyError(file, `${shown(reportPath)} exists already; choose another --slug`);
  let sourceKept = false;
  if (existsSync(sourcePath) || isSymlink(sourcePath)) {
    if (!lstatSync(sourcePath).isFile() || sha256(readFileSync(sourcePath)) !== hash) {
      throw new CopyError(file, `${shown(sourcePath)} exists already with other content`);
    }
    sourceKept = true;
  }

  const files: NewFile[] = [
    ...(sourceKept ? [] : [{ path: sourcePath, data: bytes }]),
    { path: reportPath, data: draftToFile(draft.frontmatter, draft.body) },
  ];
  writeNewFiles(files);
  return {
    reportPath: shown(reportPath),
    sourcePath: shown(sourcePath),
    sha256: hash,
    review: draft.frontmatter["review"] as string[],
  };
}
