import { describe, expect, it } from "vitest";
import { sourceCopyProblem } from "./source-copy.ts";

const AFP = "002_3c470ac4067c215c.txt";
const AFP_SHA = "736ac8872f4cfebd6aabb53be0a4799f90aeb4c6564cac60a2ef75c874e52fa2";

describe("sourceCopyProblem", () => {
  it("accepts a copy whose sha256 matches", () => {
    expect(sourceCopyProblem(AFP, AFP_SHA)).toBeUndefined();
  });

  it("names the file and both hashes on a mismatch", () => {
    const wrong = "0".repeat(64);
    expect(sourceCopyProblem(AFP, wrong)).toBe(
      `sha256 ${wrong} does not match content/sources/${AFP}, whose sha256 is ${AFP_SHA}`,
    );
  });

  it("names a missing copy", () => {
    expect(sourceCopyProblem("missing.txt", AFP_SHA)).toBe(
      "source copy content/sources/missing.txt not found",
    );
  });
});
