import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtFiles } from "../../scripts/lib/built-site.ts";
import { claimsNotStatedFor, contentWith, runAstroBlocking, tempDir } from "./lib/astro.ts";
import { PAGEFIND_DIR } from "../../src/lib/paths.ts";

const EDITED = "attack-sparks-fear-of-return-to-chaos";
const TITLE = "title: Assassination attempt against Iraqi PM sparks fear of ‘return to chaos’";
/** Its raw copy, which prints the headline. */
const EDITED_COPY = "003_296616a66329da3a.txt";
/** A report the first build has and the rebuild does not, with its raw copy. */
const REMOVED = { report: "hostile-markup", copy: "hostile-copy.txt" };
/** Content the content check accepts and the build refuses. */
const FAILING_BUILD = "tests/fixtures/bad-content/claim-cites-missing-paragraph/content";

function build(
  content: string,
  cache: string,
  outDir = tempDir("incremental-dist"),
): { outDir: string; log: string } {
  const run = runAstroBlocking(["build", "--outDir", outDir], {
    ARCHIVE_CONTENT_DIR: content,
    ASTRO_CACHE_DIR: cache,
  });
  if (run.code !== 0) throw new Error(`the build failed:\n${run.output}`);
  return { outDir, log: run.output };
}

/** The pages a build log says were copied from the last build rather than rendered. */
function reused(log: string): string[] {
  return [...log.matchAll(/(\/\S+\.html) \((?:restored|cached)\)/g)].map((match) => match[1] ?? "");
}

function expectSameFiles(actual: string, expected: string): void {
  const files = builtFiles(expected);
  expect(builtFiles(actual)).toEqual(files);
  const differing = files.filter(
    (name) => !readFileSync(join(actual, name)).equals(readFileSync(join(expected, name))),
  );
  expect(differing).toEqual([]);
}

describe("a rebuild after one edit", () => {
  it("reuses the pages the edit does not reach and matches a clean build byte for byte", () => {
    const content = contentWith("tests/fixtures/hostile-content/content");
    const claims = join(content, "claims.yaml");
    const committedClaims = readFileSync(claims);
    claimsNotStatedFor(content, REMOVED.report);
    const cache = tempDir("incremental-cache");
    const { outDir } = build(content, cache);
    const removedPage = join(outDir, "reports", REMOVED.report, "index.html");
    const removedCopy = join(outDir, "sources", REMOVED.copy);
    expect(existsSync(removedPage) && existsSync(removedCopy)).toBe(true);

    // Removing a report changes claims.yaml, so every page is rendered again, into the
    // same dist/, which rebuilds keep (src/integrations/kept-out-dir.ts): what the
    // first build wrote for the removed report must not outlive it.
    rmSync(join(content, "reports", `${REMOVED.report}.md`));
    rmSync(join(content, "sources", REMOVED.copy));
    writeFileSync(claims, committedClaims);
    build(content, cache, outDir);
    expect(existsSync(removedPage) || existsSync(removedCopy)).toBe(false);
    // Pagefind's file names follow the text: only the pages and copies compare across the edit.
    const pagesAndCopies = (dir: string) => builtFiles(dir).filter((name) => !name.startsWith(PAGEFIND_DIR));
    const afterRemoval = pagesAndCopies(outDir);

    // A new headline reaches the report's own page, its neighbours' pagers,
    // every related-reports list and the entity pages listing its mentions.
    // The copy prints the headline, so the copy is edited too and pinned anew: the build's
    // gate refuses a page whose text its copy does not hold.
    const file = join(content, "reports", `${EDITED}.md`);
    const source = readFileSync(file, "utf8");
    expect(source).toContain(TITLE);
    const copy = join(content, "sources", EDITED_COPY);
    const copyText = readFileSync(copy, "utf8");
    const headline = TITLE.replace("title: ", "");
    const editedCopy = copyText.replace(headline, `${headline} (edited)`);
    writeFileSync(copy, editedCopy);
    writeFileSync(
      file,
      source
        .replace(TITLE, `${TITLE} (edited)`)
        .replace(
          createHash("sha256").update(copyText).digest("hex"),
          createHash("sha256").update(editedCopy).digest("hex"),
        ),
    );
    const warm = build(content, cache, outDir);
    const clean = build(content, tempDir("incremental-clean-cache"));

    const pages = reused(warm.log);
    expect(pages.length).toBeGreaterThan(10);
    // Entity pages that do not list the report's mentions, for one; whether any reused page is
    // stale, the byte-for-byte comparison with a clean build below says.
    expect(pages.some((page) => page.startsWith("/entities/"))).toBe(true);
    expect(pages).not.toContain(`/reports/${EDITED}/index.html`);
    expect(readFileSync(join(outDir, "reports", EDITED, "index.html"), "utf8")).toContain(
      "return to chaos’ (edited)",
    );
    expectSameFiles(outDir, clean.outDir);
    expect(pagesAndCopies(clean.outDir)).toEqual(afterRemoval);

    // A dist/ changed since this cache's last build (another build wrote to it, a file was
    // edited by hand) is emptied first: a page this cache would keep may not be its own.
    writeFileSync(join(outDir, "entities", "mustafa-al-kadhimi", "index.html"), "another build's page");
    writeFileSync(join(outDir, "stray.html"), "");
    expect(build(content, cache, outDir).log).toContain("it is not the output of this cache's last build");
    expectSameFiles(outDir, clean.outDir);

    // A build that fails (here on a citation the build refuses) leaves dist/ empty, with
    // nothing half-built to publish, and the next build starts afresh.
    writeFileSync(claims, readFileSync(`${FAILING_BUILD}/claims.yaml`));
    const failed = runAstroBlocking(["build", "--outDir", outDir], {
      ARCHIVE_CONTENT_DIR: content,
      ASTRO_CACHE_DIR: cache,
    });
    expect(failed.code, failed.output).not.toBe(0);
    expect(builtFiles(outDir)).toEqual([]);
    writeFileSync(claims, committedClaims);
    build(content, cache, outDir);
    expectSameFiles(outDir, clean.outDir);

    // The bodies' HTML lives in files in the cache folder (src/lib/reports/html-files.ts):
    // with them gone, and no page to reuse, the reports are rendered again, not published empty.
    rmSync(join(cache, "report-html"), { recursive: true });
    rmSync(join(cache, "incremental-build.json"));
    expectSameFiles(build(content, cache).outDir, clean.outDir);
  });
});

/** Replaces `from` by `to` (the same length) in a file, keeping its size and modification time. */
function tamper(file: string, from: string, to: string): void {
  const { atime, mtime } = statSync(file);
  const text = readFileSync(file, "utf8");
  expect(text, `${file} holds ${from}`).toContain(from);
  expect(to.length).toBe(from.length);
  writeFileSync(file, text.replace(from, to));
  utimesSync(file, atime, mtime);
}

// Seven builds, one after another.
describe("every cache a rebuild reuses is verified against its digest", { timeout: 600_000 }, () => {
  it("renders or copies again whatever was corrupted, and the output equals a clean build", () => {
    const content = contentWith(undefined);
    const cache = tempDir("verified-cache");
    const { outDir } = build(content, cache);
    const clean = build(content, tempDir("verified-clean-cache"));
    const page = join("reports", EDITED, "index.html");
    const word = "armed forces in the country";
    const changed = "armed forces in the nation!";

    // A report body's cached HTML with a word changed, its file name's sha256 unchanged.
    const [body] = readdirSync(join(cache, "report-html")).filter((name) => name.startsWith(`${EDITED}.`));
    tamper(join(cache, "report-html", body ?? ""), word, changed);
    rmSync(join(cache, "incremental-build.json"));
    expect(build(content, cache, outDir).log).toContain("rendering 1 report bodies again");
    expectSameFiles(outDir, clean.outDir);

    // Astro's data store, and its page-cache manifest, changed by a hand.
    tamper(join(cache, "data-store.json"), "Iraq", "Iran");
    expect(build(content, cache, outDir).log).toContain("removed data-store.json from the cache");
    expectSameFiles(outDir, clean.outDir);
    tamper(join(cache, "incremental-build.json"), "reports", "REPORTS");
    expect(build(content, cache, outDir).log).toContain("removed incremental-build.json from the cache");
    expectSameFiles(outDir, clean.outDir);

    // A page in the kept dist/ edited in place, same size and time: dist/ is emptied, and the
    // page copy Astro would restore from its cache, edited too, is rendered again.
    tamper(join(outDir, page), word, changed);
    tamper(join(cache, "dist", page), word, changed);
    const rebuilt = build(content, cache, outDir).log;
    expect(rebuilt).toContain("it is not the output of this cache's last build");
    expect(rebuilt).toMatch(/removed 1 cached page copies that do not match/);
    expect(reused(rebuilt)).not.toContain(`/${page}`);
    expectSameFiles(outDir, clean.outDir);
  });
});
