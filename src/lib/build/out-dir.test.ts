import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, writeTree } from "../../../tests/lib/temp-dir.ts";
import { emptyFolder, leftoverFiles, listBuiltFiles, listingDigest, removeEmptyFolders } from "./out-dir.ts";

const site = (files: Record<string, string>) => writeTree("out-dir", files);

describe("listBuiltFiles", () => {
  it("lists every file under the folder by path, with its size", () => {
    const dir = site({ "index.html": "home", "reports/a/index.html": "report a", _headers: "" });
    expect(listBuiltFiles(dir).map(({ path, size }) => [path, size])).toEqual([
      ["_headers", 0],
      ["index.html", 4],
      ["reports/a/index.html", 8],
    ]);
  });

  it("lists nothing for a folder that does not exist", () => {
    expect(listBuiltFiles(join(tempDir("out-dir"), "dist"))).toEqual([]);
  });
});

describe("listingDigest", () => {
  it("changes when a file is added, rewritten or touched", () => {
    const dir = site({ "index.html": "home" });
    const before = listingDigest(listBuiltFiles(dir));
    expect(listingDigest(listBuiltFiles(dir))).toBe(before);

    utimesSync(join(dir, "index.html"), new Date(2000, 0, 1), new Date(2000, 0, 1));
    const touched = listingDigest(listBuiltFiles(dir));
    expect(touched).not.toBe(before);

    writeFileSync(join(dir, "stray.txt"), "");
    expect(listingDigest(listBuiltFiles(dir))).not.toBe(touched);
  });
});

describe("leftoverFiles", () => {
  const before = [
    { path: "reports/kept/index.html", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
    { path: "reports/removed/index.html", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
    { path: "sources/removed.txt", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
    { path: "reports/rendered/index.html", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
    { path: "index.html", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
  ];
  const after = [
    { path: "reports/kept/index.html", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
    { path: "reports/removed/index.html", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
    { path: "sources/removed.txt", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
    // Rewritten by the build: a later time, or (the clock set back) an earlier one, or another size.
    { path: "reports/rendered/index.html", size: 1, mtimeMs: 200, ctimeMs: 200, ino: 1 },
    { path: "index.html", size: 1, mtimeMs: 50, ctimeMs: 50, ino: 1 },
    { path: "reports/new/index.html", size: 1, mtimeMs: 100, ctimeMs: 100, ino: 1 },
  ];

  it("names the files the build found and left untouched, but for the pages it kept", () => {
    expect(leftoverFiles(before, after, new Set(["reports/kept/index.html"]))).toEqual([
      "reports/removed/index.html",
      "sources/removed.txt",
    ]);
  });

  it("names nothing in a folder the build found empty", () => {
    expect(leftoverFiles([], after, new Set())).toEqual([]);
  });
});

describe("removeEmptyFolders and emptyFolder", () => {
  it("removes folders left without files, nested ones too, and keeps the rest", () => {
    const dir = site({ "reports/a/index.html": "a" });
    mkdirSync(join(dir, "reports/b/deep"), { recursive: true });
    mkdirSync(join(dir, "sources"));
    removeEmptyFolders(dir);
    expect(existsSync(join(dir, "reports/a/index.html"))).toBe(true);
    expect(existsSync(join(dir, "reports/b"))).toBe(false);
    expect(existsSync(join(dir, "sources"))).toBe(false);
  });

  it("empties a folder but keeps it, and leaves a missing one missing", () => {
    const dir = site({ "index.html": "home", "reports/a/index.html": "a" });
    emptyFolder(dir);
    expect(readdirSync(dir)).toEqual([]);
    emptyFolder(join(dir, "dist"));
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});
