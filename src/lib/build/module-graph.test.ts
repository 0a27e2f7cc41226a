import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTree } from "../../../tests/lib/temp-dir.ts";
import { moduleGraph, packageName, runtimeImports } from "./module-graph.ts";

describe("runtimeImports", () => {
  it("lists what a module loads when it runs, not the types TypeScript erases", () => {
    const source = [
      'import { visit } from "unist-util-visit";',
      'import type { Root } from "mdast";',
      'import { type Node, toString } from "mdast-util-to-string";',
      'export type { Options } from "./options.ts";',
      'export { wordCount } from "./count.ts";',
      'import "./side-effect.ts";',
      "const lazy = () => import('./lazy.ts');",
      "const here = import.meta.url;",
      "const text: Array<Root> = [] as Array<Root>;",
    ].join("\n");
    expect(runtimeImports(source, "plugin.ts")).toEqual([
      "unist-util-visit",
      "mdast-util-to-string",
      "./count.ts",
      "./side-effect.ts",
      "./lazy.ts",
    ]);
  });

  it("refuses a dynamic import of a computed name, which a graph cannot follow", () => {
    expect(() => runtimeImports("const m = await import(`./${name}.ts`);", "plugin.ts")).toThrow(
      /plugin\.ts: imports a module whose name is computed/,
    );
  });
});

describe("moduleGraph", () => {
  it("follows relative imports through the project and names the packages", () => {
    const root = writeTree("module-graph", {
      "plugins/options.ts": 'import a from "./a.ts";\nimport "node:fs";\nimport { z } from "astro/zod";\n',
      "plugins/a.ts": 'import { b } from "../lib/b.ts";\nimport { visit } from "unist-util-visit";\n',
      "lib/b.ts": 'import { a } from "../plugins/a.ts";\nimport { h } from "@scope/pkg/sub";\n',
      "lib/page-only.ts": 'import { b } from "./b.ts";\n',
    });
    const graph = moduleGraph([join(root, "plugins/options.ts")]);
    expect(graph.files).toEqual(["lib/b.ts", "plugins/a.ts", "plugins/options.ts"].map((f) => join(root, f)));
    expect(new Map([...graph.packages].map(([name, from]) => [name, from.slice(root.length)]))).toEqual(
      new Map([
        ["astro", "/plugins/options.ts"],
        ["unist-util-visit", "/plugins/a.ts"],
        ["@scope/pkg", "/lib/b.ts"],
      ]),
    );
  });

  it("stops at an import that names no file, rather than hashing a short graph", () => {
    const root = writeTree("module-graph-missing", { "a.ts": 'import "./gone.ts";\n' });
    expect(() => moduleGraph([join(root, "a.ts")])).toThrow(
      /a\.ts: imports "\.\/gone\.ts", which is not a file/,
    );
  });

  it("names a package by its first one or two parts", () => {
    expect(packageName("unist-util-visit")).toBe("unist-util-visit");
    expect(packageName("astro/loaders")).toBe("astro");
    expect(packageName("@astrojs/markdown-remark/dist/x.js")).toBe("@astrojs/markdown-remark");
  });
});
