import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tempDir } from "../../../tests/lib/temp-dir.ts";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../hash.ts";
import { firstInvalidUtf8, pinnedCopies, publishSourceCopies, sourceCopyProblem } from "./source-copy.ts";

describe("firstInvalidUtf8", () => {
  it("accepts UTF-8 text, multi-byte characters included", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("Kadhimi — “Sunday” ✓"))).toBeUndefined();
  });

  it("finds a Latin-1 byte among UTF-8 text", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("ab—"), 0xe9, 0x41]);
    expect(firstInvalidUtf8(bytes)).toBe(5);
  });

  it("finds a sequence cut off at the end of the file", () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe2, 0x80]))).toBe(1);
  });
});

describe("sourceCopyProblem", () => {
  const dir = tempDir("sources");
  const text = new TextEncoder().encode("BAGHDAD — text\n");
  writeFileSync(join(dir, "good.txt"), text);
  const latin1 = Uint8Array.from([0x42, 0x41, 0xc9, 0x0a]);
  writeFileSync(join(dir, "latin1.txt"), latin1);

  it("passes a copy whose hash matches", () => {
    expect(sourceCopyProblem("good.txt", sha256(text), dir)).toBeUndefined();
  });

  it("names the file and both hashes when they differ", () => {
    const problem = sourceCopyProblem("good.txt", "0".repeat(64), dir);
    expect(problem?.field).toBe("sha256");
    expect(problem?.message).toMatch(
      new RegExp(`sha256 0{64} does not match .*good\\.txt, whose sha256 is ${sha256(text)}`),
    );
  });

  it("refuses a copy that is not UTF-8 even when its hash matches", () => {
    const problem = sourceCopyProblem("latin1.txt", sha256(latin1), dir);
    expect(problem?.field).toBe("file");
    expect(problem?.message).toMatch(/latin1\.txt is not UTF-8.*offset 2/);
  });

  it("names a copy that does not exist", () => {
    expect(sourceCopyProblem("missing.txt", sha256(text), dir)).toEqual({
      field: "file",
      message: expect.stringMatching(/missing\.txt not found/),
    });
  });
});

describe("publishSourceCopies", () => {
  const text = new TextEncoder().encode("BAGHDAD — text\n");
  const report = (file: string, hash: string) =>
    `---\ntitle: A report\nsource:\n  file: ${file}\n  sha256: "${hash}"\n---\n\nBody.\n`;

  function archive(hash: string): { reports: string; sources: string } {
    const root = tempDir("publish");
    const reports = join(root, "reports");
    const sources = join(root, "sources");
    mkdirSync(reports);
    mkdirSync(sources);
    writeFileSync(join(sources, "copy.txt"), text);
    writeFileSync(join(sources, "unpinned.txt"), "no report pins this\n");
    writeFileSync(join(reports, "a-report.md"), report("copy.txt", hash));
    return { reports, sources };
  }

  it("copies each pinned copy byte for byte, and only those", () => {
    const { reports, sources } = archive(sha256(text));
    const out = join(tempDir("publish-out"), "sources");
    expect(publishSourceCopies(out, reports, sources)).toBe(1);
    expect(readFileSync(join(out, "copy.txt"))).toEqual(Buffer.from(text));
    expect(readdirSync(out)).toEqual(["copy.txt"]);
  });

  it("stops on a copy edited since its report pinned it, naming the report and the field", () => {
    const { reports, sources } = archive("0".repeat(64));
    expect(() => publishSourceCopies(join(tempDir("publish-out"), "sources"), reports, sources)).toThrow(
      /a-report\.md: source\.sha256: sha256 0{64} does not match .*copy\.txt/,
    );
  });

  it("reads every report's pin from its frontmatter", () => {
    const { reports } = archive(sha256(text));
    expect(pinnedCopies(reports)).toEqual([
      { report: expect.stringMatching(/a-report\.md$/), file: "copy.txt", sha256: sha256(text) },
    ]);
  });
});
