import { writeFileSync } from "node:fs";
import { tempDir } from "../../tests/lib/temp-dir.ts";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "./hash.ts";
import { firstInvalidUtf8, sourceCopyProblem } from "./source-copy.ts";

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
