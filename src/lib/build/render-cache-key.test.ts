import { appendFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTree } from "../../../tests/lib/temp-dir.ts";
import { renderCacheKey, renderInputs, type RenderInputs } from "./render-cache-key.ts";

const manifest = (name: string, version: string, dependencies: Record<string, string> = {}) =>
  JSON.stringify({ name, version, dependencies });

/** A project whose pipeline imports a plugin and a package; a page helper imports the pipeline's helper too. */
function project(): RenderInputs {
  const root = writeTree("render-cache-key", {
    "src/plugins/options.ts": 'import plugin from "./plugin.ts";\nimport { visit } from "walker";\n',
    "src/plugins/plugin.ts": 'import { words } from "../lib/words.ts";\n',
    "src/lib/words.ts": "export const words = 1;\n",
    "src/lib/page.ts": 'import { words } from "./words.ts";\n',
    "content/entities.yaml": "- id: a\n",
    "content/claims.yaml": "- id: c\n",
    "node_modules/walker/package.json": manifest("walker", "1.0.0", { "walker-core": "^2" }),
    "node_modules/walker-core/package.json": manifest("walker-core", "2.0.0"),
    "node_modules/processor/package.json": manifest("processor", "3.0.0"),
    "node_modules/unrelated/package.json": manifest("unrelated", "1.0.0"),
    "package.json": "{}",
  });
  return {
    root,
    modules: ["src/plugins/options.ts"],
    packages: ["processor"],
    data: ["content/entities.yaml"],
  };
}

describe("renderCacheKey", () => {
  it("records the pipeline's modules, the data it reads and its packages with their dependencies", () => {
    const inputs = project();
    expect(renderInputs(inputs).map((line) => line.replace(/ [0-9a-f]{64}$/, " <sha256>"))).toEqual([
      "module src/lib/words.ts <sha256>",
      "module src/plugins/options.ts <sha256>",
      "module src/plugins/plugin.ts <sha256>",
      "data content/entities.yaml <sha256>",
      "package node_modules/processor 3.0.0",
      "package node_modules/walker 1.0.0",
      "package node_modules/walker-core 2.0.0",
    ]);
  });

  it("keeps its value when a page helper, unread data or an unrelated package changes", () => {
    const inputs = project();
    const key = renderCacheKey(inputs);
    appendFileSync(join(inputs.root, "src/lib/page.ts"), "// edited\n");
    appendFileSync(join(inputs.root, "content/claims.yaml"), "# edited\n");
    writeFileSync(join(inputs.root, "node_modules/unrelated/package.json"), manifest("unrelated", "9.0.0"));
    expect(renderCacheKey(inputs)).toBe(key);
  });

  it.each([
    [
      "a module reached through another",
      (root: string) => appendFileSync(join(root, "src/lib/words.ts"), "//\n"),
    ],
    [
      "the data the pipeline reads",
      (root: string) => appendFileSync(join(root, "content/entities.yaml"), "#\n"),
    ],
    ["the data file gone", (root: string) => rmSync(join(root, "content/entities.yaml"))],
    [
      "a dependency of a package the pipeline imports",
      (root: string) =>
        writeFileSync(join(root, "node_modules/walker-core/package.json"), manifest("walker-core", "2.0.1")),
    ],
    [
      "the processor package",
      (root: string) =>
        writeFileSync(join(root, "node_modules/processor/package.json"), manifest("processor", "3.1.0")),
    ],
  ])("changes with %s", (_what, change) => {
    const inputs = project();
    const key = renderCacheKey(inputs);
    change(inputs.root);
    expect(renderCacheKey(inputs)).not.toBe(key);
  });

  it("refuses a package the pipeline imports that is not installed", () => {
    const inputs = project();
    rmSync(join(inputs.root, "node_modules/walker-core"), { recursive: true });
    expect(() => renderCacheKey(inputs)).toThrow(/package "walker-core" .* is not installed/);
  });
});
