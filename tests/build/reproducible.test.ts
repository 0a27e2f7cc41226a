import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtFiles } from "../../scripts/lib/built-site.ts";
import { runAstroBlocking, tempDir } from "./lib/astro.ts";

/** A clean build (fresh caches) of the working tree into a new folder, without SITE_URL. */
function cleanBuild(env: Record<string, string> = {}): { outDir: string; output: string } {
  const outDir = tempDir("reproducible");
  const run = runAstroBlocking(["build", "--outDir", outDir], { SITE_URL: "", ...env });
  if (run.code !== 0) throw new Error(`the build failed:\n${run.output}`);
  return { outDir, output: run.output };
}

const NO_ADDRESS =
  /SITE_URL is not set: canonical URLs, og:url, the sitemap, the RSS feed and robots\.txt point at http:\/\/localhost\//g;

describe("reproducible builds", () => {
  let plain: ReturnType<typeof cleanBuild>;
  let preview: ReturnType<typeof cleanBuild>;
  beforeAll(() => {
    plain = cleanBuild();
    // The second as `npm start` builds it: the same files, another message.
    preview = cleanBuild({ ARCHIVE_LOCAL_PREVIEW: "1" });
  });

  it("two clean builds of the same tree are byte for byte the same", () => {
    const first = plain.outDir;
    const second = preview.outDir;
    const files = builtFiles(first);
    expect(builtFiles(second)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
    );
    expect(differing).toEqual([]);
  });

  it("without SITE_URL, warns once that the addresses are a placeholder", () => {
    expect(plain.output.match(NO_ADDRESS)).toHaveLength(1);
    expect(plain.output).toMatch(/\[WARN\] \[archive:site-address\] SITE_URL is not set/);
  });

  it("for npm start's local preview, says the placeholder is expected instead of warning", () => {
    expect(preview.output.match(NO_ADDRESS)).toHaveLength(1);
    expect(preview.output).toContain("as expected for the local preview");
    expect(preview.output).not.toContain("[WARN] [archive:site-address]");
  });
});
