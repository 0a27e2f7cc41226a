import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The rules of the code's layout, held on every module under src/: the
 * layers import downwards only, nothing imports in a circle (type-only
 * imports count: they tie modules together as much as any other), few
 * modules stay loose at src/lib's root, browser code stays off Node's
 * modules, and test helpers live in tests/, not among the sources.
 */
const SRC = resolve("src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** An `.astro` file's imports stand in its frontmatter; a module's anywhere. */
function code(file: string): string {
  const text = readFileSync(file, "utf8");
  if (!file.endsWith(".astro")) return text;
  return /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Every specifier a file imports, type-only imports included. */
function specifiers(file: string): string[] {
  return [...code(file).matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? "");
}

const files = sourceFiles(SRC);
const name = (file: string) => relative(SRC, file).split(sep).join("/");
/** Each module's imports of other modules under src/, as paths relative to src/. */
const graph = new Map(
  files.map((file) => [
    name(file),
    specifiers(file)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => name(resolve(dirname(file), specifier))),
  ]),
);

/** The cycles of the graph, each as the modules on it (Tarjan's strongly connected components). */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("the layout of src/", () => {
  it("reads the imports of every module", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get("lib/cross-links.ts")).toContain("lib/reports/related.ts");
    expect(graph.get("pages/about.astro")).toContain("layouts/BaseLayout.astro");
  });

  it("has no import cycle, type-only imports counted", () => {
    expect(cycles(graph)).toEqual([]);
    // The check finds one when there is one.
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["a"]],
          ["c", []],
        ]),
      ),
    ).toEqual([["a", "b"]]);
  });

  it("keeps src/lib below plugins, pages, components, layouts, integrations and browser code", () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      from.startsWith("lib/")
        ? targets
            .filter((to) => /^(plugins|pages|components|layouts|integrations|client)\//.test(to))
            .map((to) => `${from} → ${to}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it("keeps at most 12 modules loose at src/lib's root", () => {
    const loose = files.map(name).filter((file) => /^lib\/[^/]+\.ts$/.test(file));
    expect(loose.length, loose.join(", ")).toBeLessThanOrEqual(12);
  });

  it("keeps Node's modules out of browser code", () => {
    const client = files.filter((file) => name(file).startsWith("client/"));
    expect(client.length).toBeGreaterThan(0);
    const nodeImports = client.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => specifier.startsWith("node:"))
        .map((specifier) => `${name(file)}: ${specifier}`),
    );
    expect(nodeImports).toEqual([]);
  });

  it("keeps test helpers in tests/: no source module imports the test runner", () => {
    const helpers = files.filter((file) => specifiers(file).includes("vitest")).map(name);
    expect(helpers).toEqual([]);
  });
});
