import { describe, expect, it } from "vitest";
import { parseYaml } from "./yaml.ts";

describe("parseYaml", () => {
  it("keeps dates, times and version-like numbers as the file writes them", () => {
    expect(parseYaml("- date: 2021-11-07\n  time: '01:30'\n  at: 1:30\n  n: 3\n  ok: true\n")).toEqual([
      { date: "2021-11-07", time: "01:30", at: "1:30", n: 3, ok: true },
    ]);
  });

  it("refuses a key given twice and says where", () => {
    expect(() => parseYaml("- id: a\n  id: b\n")).toThrow(/duplicated mapping key \(2:3\)/);
  });

  it("names the file, line and column of a syntax error in one line, without a stack trace", () => {
    const parse = () => parseYaml("- id: a\n  aliases: [A]\n- id: b\n  id: c\n", "content/entities.yaml");
    expect(parse).toThrow("content/entities.yaml:4:3: YAML cannot be parsed: duplicated mapping key");
    try {
      parse();
    } catch (error) {
      expect((error as Error).stack).toBe("");
    }
  });
});
