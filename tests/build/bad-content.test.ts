import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtFiles } from "../../scripts/lib/built-site.ts";
import { contentWith, runAstro, runScript, tempDir } from "./lib/astro.ts";

/**
 * Each folder of tests/fixtures/bad-content/ is one broken piece of content:
 * `content/` holds files laid over a copy of the committed content, and
 * `expect.json` says which file and field the error must name. The real
 * content check (`astro sync`, which the build runs first) or the build
 * must refuse it with one message and no stack trace, and publish nothing.
 * Add a fixture by adding a folder.
 */
const FIXTURES = "tests/fixtures/bad-content";

interface Expectation {
  /** The broken file, relative to the content folder. */
  file: string;
  /** The field the message must name (dotted for nested fields), or null where a file has none (YAML syntax). */
  field: string | null;
  /** A pattern the message must match as well. */
  message?: string;
  /**
   * `sync` (the default) checks each file; `build` is for checks across
   * files (a citation against a report's paragraphs) and of the published
   * pages (a report's text against its copy), which run in the build.
   */
  command?: "sync" | "build";
}

const fixtures = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, "expect.json")))
  .sort();

function digest(dir: string): string {
  const hash = createHash("sha256");
  for (const file of builtFiles(dir)) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest("hex");
}
const committed = digest("content");

describe("bad content stops the content check, naming the file and the field", { timeout: 180_000 }, () => {
  it("has at least ten fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.concurrent.each(fixtures)("%s", async (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, "expect.json"), "utf8")) as Expectation;
    const dir = contentWith(join(FIXTURES, name, "content"));
    const outDir = tempDir("bad-build");
    const run =
      expected.command === "build"
        ? await runAstro(["build", "--outDir", outDir], {
            ARCHIVE_CONTENT_DIR: dir,
            ASTRO_CACHE_DIR: tempDir("bad-cache"),
          })
        : await runAstro(["sync"], { ARCHIVE_CONTENT_DIR: dir });
    expect(run.code, run.output).not.toBe(0);
    expect(run.output, "the message names the file").toContain(join(dir, expected.file));
    if (expected.field) expect(run.output, "the message names the field").toContain(expected.field);
    if (expected.message) expect(run.output).toMatch(new RegExp(expected.message));
    expect(run.output, "one message, no stack trace").not.toMatch(/Stack trace:|^\s+at /m);
    expect(existsSync(outDir) ? builtFiles(outDir) : [], "nothing published").toEqual([]);
  });

  it("a data file that is missing", async () => {
    const dir = contentWith(undefined);
    rmSync(join(dir, "timeline.yaml"));
    const run = await runAstro(["sync"], { ARCHIVE_CONTENT_DIR: dir });
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain(`${join(dir, "timeline.yaml")}: file not found`);
  });

  it.concurrent.each(["claim-cites-missing-paragraph", "word-changed-in-report"])(
    "npm run check:content fails where the build does: %s",
    async (name) => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, "expect.json"), "utf8")) as Expectation;
      const dir = contentWith(join(FIXTURES, name, "content"));
      const run = await runScript("scripts/check-content.ts", {
        ARCHIVE_CONTENT_DIR: dir,
        ASTRO_CACHE_DIR: tempDir("check-cache"),
      });
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toContain(join(dir, expected.file));
      expect(run.output).toMatch(new RegExp(expected.message ?? ""));
      expect(run.output).toContain("npm run build would stop there");
    },
  );

  afterAll(() => {
    expect(digest("content"), "committed content was changed").toBe(committed);
  });
});
