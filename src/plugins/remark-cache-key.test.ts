import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markdownPipelineKey } from "./remark-cache-key.ts";

const root = mkdtempSync(join(tmpdir(), "pipeline-key-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("markdownPipelineKey", () => {
  it("changes when a plugin or a data file changes, not when a test does", () => {
    mkdirSync(join(root, "plugins"));
    writeFileSync(join(root, "plugins", "a.ts"), "export default 1;");
    writeFileSync(join(root, "entities.yaml"), "- name: A\n");
    const paths = [join(root, "plugins"), join(root, "entities.yaml"), join(root, "missing.yaml")];
    const first = markdownPipelineKey(paths);
    expect(markdownPipelineKey(paths)).toBe(first);

    writeFileSync(join(root, "plugins", "a.test.ts"), "test");
    expect(markdownPipelineKey(paths)).toBe(first);

    writeFileSync(join(root, "plugins", "a.ts"), "export default 2;");
    const second = markdownPipelineKey(paths);
    expect(second).not.toBe(first);

    writeFileSync(join(root, "entities.yaml"), "- name: B\n");
    expect(markdownPipelineKey(paths)).not.toBe(second);
  });
});
