import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTree } from "../../../tests/lib/temp-dir.ts";
import { sha256 } from "../hash.ts";
import {
  RACY_STAMP_MS,
  digestsAfterBuild,
  fileStamps,
  firstDigestMismatch,
  type Digests,
} from "./content-digests.ts";
import { listBuiltFiles } from "./out-dir.ts";

/** A folder of files, their digests, and their stamps as a build taking them well after writing would record. */
function recordedSite(files: Record<string, string>) {
  const dir = writeTree("digests", files);
  const listed = listBuiltFiles(dir);
  const digests: Digests = Object.fromEntries(
    listed.map((file) => [file.path, sha256(readFileSync(join(dir, file.path)))]),
  );
  return { dir, digests, stamps: fileStamps(listed, Date.now() + RACY_STAMP_MS + 1) };
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
  it("trusts a file whose stamp is the recorded one, without reading it", () => {
    const { dir, digests, stamps } = recordedSite({ "index.html": "home" });
    const wrong = { "index.html": sha256(new TextEncoder().encode("other")) };
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), wrong, stamps)).toBeUndefined();
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), wrong)).toMatch(/index.html differs/);
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), digests, stamps)).toBeUndefined();
  });

  it("reads a file edited in place with its size and modification time kept, and finds the edit", async () => {
    const { dir, digests, stamps } = recordedSite({ "index.html": "home", "a.html": "page" });
    await editInPlace(join(dir, "index.html"), "HOME");
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), digests, stamps)).toBe(
      "index.html differs from what that build wrote",
    );
  });

  it("names a missing file and one the build did not write", () => {
    const { dir, digests, stamps } = recordedSite({ "index.html": "home" });
    expect(firstDigestMismatch(dir, [], digests, stamps)).toBe("index.html is missing");
    writeFileSync(join(dir, "stray.txt"), "");
    expect(firstDigestMismatch(dir, listBuiltFiles(dir), digests, stamps)).toBe(
      "stray.txt was not written by that build",
    );
  });
});

describe("fileStamps", () => {
  it("leaves out a file changed too shortly before the listing to tell a later change by its times", () => {
    const dir = writeTree("digests", { "index.html": "home" });
    const listed = listBuiltFiles(dir);
    expect(fileStamps(listed, Date.now())).toEqual({});
    expect(Object.keys(fileStamps(listed, Date.now() + RACY_STAMP_MS + 1))).toEqual(["index.html"]);
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
