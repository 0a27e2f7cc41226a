import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { humanSize, makeBag, zipBag, type BagFile } from "./bag.ts";
import { bagInfoFields, bagProblems } from "./validate-bag.ts";

const encoder = new TextEncoder();
const payload: BagFile[] = [
  { path: "data/sources/a.txt", bytes: encoder.encode("A copy’s bytes\r\n") },
  { path: "data/reports/a.md", bytes: encoder.encode("---\ntitle: A\n---\nText.\n") },
];
const info = {
  sourceOrganization: "An archive",
  externalDescription: "Two files.",
  address: "https://archive.example.org/",
  baggingDate: "2026-11-21",
};
const asMap = (files: readonly BagFile[]) => new Map(files.map((file) => [file.path, file.bytes]));

describe("a BagIt bag (RFC 8493)", () => {
  const files = makeBag(payload, info);

  it("is valid: bagit.txt, both manifests, tag manifests, Oxum", () => {
    expect(bagProblems(asMap(files))).toEqual([]);
    const bagInfo = new TextDecoder().decode(asMap(files).get("bag-info.txt"));
    expect(bagInfoFields(bagInfo)).toEqual([
      ["Source-Organization", "An archive"],
      ["External-Description", "Two files."],
      ["External-Identifier", "https://archive.example.org/"],
      ["External-Identifier", expect.stringMatching(/^sha256:[0-9a-f]{64} \(manifest-sha256\.txt\)$/)],
      ["Bagging-Date", "2026-11-21"],
      ["Payload-Oxum", `${payload.reduce((n, f) => n + f.bytes.length, 0)}.2`],
      ["Bag-Size", expect.stringMatching(/ B$/)],
    ]);
  });

  it("finds a changed file, an unlisted file, a wrong Oxum and a changed tag file", () => {
    const changed = asMap(files);
    changed.set("data/sources/a.txt", encoder.encode("changed"));
    expect(bagProblems(changed).join("\n")).toMatch(/does not match its sha256[\s\S]*Payload-Oxum/);

    const extra = asMap(files);
    extra.set("data/extra.txt", encoder.encode("x"));
    expect(bagProblems(extra).join("\n")).toContain("manifest-sha256.txt does not list data/extra.txt");

    const tag = asMap(files);
    tag.set("bag-info.txt", encoder.encode("Payload-Oxum: 1.1\n"));
    expect(bagProblems(tag).join("\n")).toContain("tagmanifest-sha256.txt: bag-info.txt does not match");

    const noBagit = asMap(files);
    noBagit.delete("bagit.txt");
    expect(bagProblems(noBagit).join("\n")).toContain("bagit.txt must be");
  });

  it("refuses a payload path outside data/", () => {
    expect(() => makeBag([{ path: "data/../x", bytes: new Uint8Array() }], info)).toThrow(/not inside data/);
  });

  it("zips to the same bytes every time, and unzip accepts it", () => {
    const zip = zipBag("bag", files, "2026-11-21");
    expect(Buffer.from(zipBag("bag", makeBag(payload, info), "2026-11-21")).equals(Buffer.from(zip))).toBe(
      true,
    );
    const unzipped = new Map(
      Object.entries(unzipSync(zip)).map(([path, bytes]) => [path.replace(/^bag\//, ""), bytes]),
    );
    expect(bagProblems(unzipped)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "bag-"));
    try {
      writeFileSync(join(dir, "bag.zip"), zip);
      expect(execFileSync("unzip", ["-t", join(dir, "bag.zip")], { encoding: "utf8" })).toMatch(
        /No errors detected/,
      );
      const listing = execFileSync("unzip", ["-l", join(dir, "bag.zip")], { encoding: "utf8" });
      expect(listing).toMatch(/2026-11-21 00:00\s+bag\/bagit\.txt/);
      expect(readFileSync(join(dir, "bag.zip")).length).toBe(zip.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sizes for people", () => {
    expect(humanSize(999)).toBe("999 B");
    expect(humanSize(24_600)).toBe("24.6 KB");
    expect(humanSize(3_200_000)).toBe("3.2 MB");
  });
});
