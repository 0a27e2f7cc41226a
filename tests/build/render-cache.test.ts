import { appendFileSync, cpSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contentWith, runAstroBlocking, tempDir } from "./lib/astro.ts";

/** Modules only pages use, and data files the Markdown pipeline never reads. */
const PAGE_ONLY = [
  "src/lib/search/attributes.ts",
  "src/lib/reports/page.ts",
  "src/components/ReportByline.astro",
];
const UNREAD_DATA = ["claims.yaml", "timeline.yaml"];

/**
 * A copy of the project's code (its node_modules linked), so a test can edit
 * modules without touching the working tree other tests build.
 */
function projectCopy(): string {
  const dir = tempDir("render-cache-project");
  for (const name of ["src", "astro.config.mjs", "package.json", "tsconfig.json", "public"]) {
    cpSync(name, join(dir, name), { recursive: true });
  }
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** How many report bodies a build or sync rendered, and how many it took from the cache. */
function bodies(log: string): { rendered: number; reused: number } {
  const match = /(\d+) report bodies rendered, (\d+) reused from the cache/.exec(log);
  if (!match) throw new Error(`the log does not say which bodies were rendered:\n${log}`);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
}

describe("the cache of report renderings", () => {
  it("is kept when a page or data the pipeline never reads changes, and dropped when the pipeline changes", () => {
    const project = projectCopy();
    const content = contentWith(undefined);
    const env = { ARCHIVE_CONTENT_DIR: content, ASTRO_CACHE_DIR: tempDir("render-cache") };
    const run = (command: "build" | "sync") => {
      const args = [command, ...(command === "build" ? ["--outDir", tempDir("dist")] : [])];
      const result = runAstroBlocking(args, env, project);
      if (result.code !== 0) throw new Error(`astro ${command} failed:\n${result.output}`);
      return bodies(result.output);
    };
    // A comment in each file's own syntax: the code changes, the published text does not.
    const COMMENT = { ".yaml": "\n# edited\n", ".astro": "\n{/* edited */}\n", ".ts": "\n// edited\n" };
    const edit = (file: string) => {
      const kind = Object.keys(COMMENT).find((ending) => file.endsWith(ending)) as keyof typeof COMMENT;
      appendFileSync(file, COMMENT[kind]);
    };

    expect(run("build")).toEqual({ rendered: 5, reused: 0 });

    for (const module of PAGE_ONLY) edit(join(project, module));
    for (const name of UNREAD_DATA) edit(join(content, name));
    expect(run("build")).toEqual({ rendered: 0, reused: 5 });

    // `astro sync` loads the content as a build does, without the pages.
    // A plugin; a module a plugin reaches only through other modules; the data the pipeline reads.
    for (const changed of [
      join(project, "src/plugins/remark-inert-html.ts"),
      join(project, "src/lib/entities/matcher.ts"),
      join(content, "entities.yaml"),
    ]) {
      edit(changed);
      expect(run("sync"), changed).toEqual({ rendered: 5, reused: 0 });
    }
  });
});
