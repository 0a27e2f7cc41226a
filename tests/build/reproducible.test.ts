import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtFiles } from "../../scripts/lib/built-site.ts";
import { runAstroBlocking, tempDir } from "./lib/astro.ts";

/** A clean build (fresh caches) of the working tree into a new folder. */
function cleanBuild(): string {
  const outDir = tempDir("reproducible");
  const run = runAstroBlocking(["build", "--outDir", outDir]);
  if (run.code !== 0) throw new Error(`the build failed:\n${run.output}`);
  return outDir;
}

describe("reproducible builds", () => {
  it("two clean builds of the same tree are byte for byte the same", () => {
    const first = cleanBuild();
    const second = cleanBuild();
    const files = builtFiles(first);
    expect(builtFiles(second)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
    );
    expect(differing).toEqual([]);
  });
});
