import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTree } from "../../../tests/lib/temp-dir.ts";
import { sha256 } from "../hash.ts";
import { digestsAfterBuild, firstDigestMismatch, type Digests } from "./content-digests.ts";
import { listBuiltFiles } from "./out-dir.ts";

/** A folder of files and their digests, as a build records them. */
function recordedSite(files: Record<string, string>) {
  const dir = writeTree("digests", files);
  const listed = listBuiltFiles(dir);
  const digests: Digests = Object.fromEntries(
    listed.map((file) => [file.path, sha256(readFileSync(join(dir, file.path)))]),
  );
  return { dir, digests };
}

/**
 * Replaces the file's text by another of the same length, and sets its
 * modification time back; later than the file times' tick, as an edit after
 * a build would be.
 */
async function editInPlace(file: string, text: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const { atime, mtime } = statSync(file);
  writeFileSync(file, text);
  utimesSync(file, atime, mtime);
}

describe("firstDigestMismatch", () => {
  it("reads every file: a recorded digest that is wrong is found, whatever the file's times", () => {
    const { dir, digests } = recordedSite({ "index.html": "home" });
    const wrong = { "index.html": sha256(new TextEncoder().encode("other")) };
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), wrong)).toMatch(/index.html differs/);
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), digests)).toBeUndefined();
  });

  it("reads a file edited in place with its size and modification time kept, and finds the edit", async () => {
    const { dir, digests } = recordedSite({ "index.html": "home", "a.html": "page" });
    await editInPlace(join(dir, "index.html"), "HOME");
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), digests)).toBe(
      "index.html differs from what that build wrote",
    );
  });

  it("names a missing file and one the build did not write", () => {
    const { dir, digests } = recordedSite({ "index.html": "home" });
    expect(firstDigestMismatch(dir, [], digests)).toBe("index.html is missing");
    writeFileSync(join(dir, "stray.txt"), "");
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), digests)).toBe(
      "stray.txt was not written by that build",
    );
  });
});

describe("digestsAfterBuild", () => {
  it("keeps the verified digest of an untouched file and hashes a rewritten one", async () => {
    const { dir, digests } = recordedSite({ "index.html": "home", "a.html": "page" });
    const before = listBuiltFiles(dir);
    const verified = { ...digests, "index.html": "kept" };
    await editInPlace(join(dir, "a.html"), "PAGE");
    expect(digestsAfterBuild(dir, before, verified, listBuiltFiles(dir))).toEqual({
      "index.html": "kept",
      "a.html": sha256(new TextEncoder().encode("PAGE")),
    });
  });
});
