import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../tests/lib/temp-dir.ts";

/** Runs `npm run import -- …` as a person would, with the project's Node. */
function runImport(args: string[]) {
  const run = spawnSync(process.execPath, ["scripts/import.ts", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run import: arguments", () => {
  const content = tempDir("import-cli");
  const copy = join(content, "copy.txt");
  writeFileSync(copy, "A headline\nA paragraph.\n");

  it.each([
    [["--slug"], "no value for --slug", /^import: Option '--slug <value>' argument missing/],
    [[copy, "--slug"], "--slug last, without a value", /^import: Option '--slug <value>' argument missing/],
    [[copy, "--bogus"], "an unknown flag", /^import: Unknown option '--bogus'/],
    [[copy, "--slug="], "an empty slug", /^import: --slug needs a value/],
    [[], "no copy", /^import: name the copy to import/],
    [[copy, copy], "two copies", /^import: one copy at a time/],
    [
      [copy, "--max-mb", "lots"],
      "a size that is not a number",
      /^import: --max-mb needs a number of megabytes above 0/,
    ],
    [[copy, "--max-mb", "0"], "a size of nothing", /^import: --max-mb needs a number of megabytes above 0/],
  ])("%j (%s): a usage message, no stack trace, nothing written", (args, _case, message) => {
    const run = runImport(["--out", content, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("usage: npm run import -- <raw.txt>");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(content)).toEqual(["copy.txt"]);
  });

  it("a refused copy: one line naming the file, exit 1, nothing written", () => {
    const run = runImport([copy, "--out", content, "--slug", "../../../x"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `import failed: ${copy}: --slug "../../../x" is not a report address: use lowercase letters, digits and single hyphens, such as drone-attack-on-residence\n`,
    );
    expect(readdirSync(content)).toEqual(["copy.txt"]);
  });

  it("--help prints the usage", () => {
    const run = runImport(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--max-mb <n>");
  });
});
