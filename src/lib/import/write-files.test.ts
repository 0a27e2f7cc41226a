import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../../tests/lib/temp-dir.ts";
import { writeNewFiles } from "./write-files.ts";

const listing = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

describe("writeNewFiles", () => {
  it("writes every file, in folders it makes, and leaves no temporary file", () => {
    const dir = tempDir("write");
    writeNewFiles([
      { path: join(dir, "sources", "copy.txt"), data: new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d]) },
      { path: join(dir, "reports", "draft.md"), data: "draft" },
    ]);
    expect(listing(dir)).toEqual(["reports", "reports/draft.md", "sources", "sources/copy.txt"]);
    expect([...readFileSync(join(dir, "sources", "copy.txt"))]).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x0d]);
  });

  it("when the last file cannot be put in place, removes the first and the folders it made", () => {
    const dir = tempDir("write");
    mkdirSync(join(dir, "reports"));
    writeFileSync(join(dir, "reports", "draft.md"), "kept");
    expect(() =>
      writeNewFiles([
        { path: join(dir, "sources", "copy.txt"), data: "copy" },
        { path: join(dir, "reports", "draft.md"), data: "new draft" },
      ]),
    ).toThrow(/EEXIST/);
    expect(listing(dir)).toEqual(["reports", "reports/draft.md"]);
    expect(readFileSync(join(dir, "reports", "draft.md"), "utf8")).toBe("kept");
  });

  it("when a folder cannot be made, writes nothing at all", () => {
    const dir = tempDir("write");
    writeFileSync(join(dir, "reports"), "a file where the folder should be");
    expect(() =>
      writeNewFiles([
        { path: join(dir, "sources", "copy.txt"), data: "copy" },
        { path: join(dir, "reports", "draft.md"), data: "draft" },
      ]),
    ).toThrow(/EEXIST|ENOTDIR/);
    expect(listing(dir)).toEqual(["reports"]);
    expect(existsSync(join(dir, "sources"))).toBe(false);
  });
});
