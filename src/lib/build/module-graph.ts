import { existsSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, resolve } from "node:path";
import { initSync, parse } from "es-module-lexer";

/** The code a module runs: the project's files it imports, and the packages. */
export interface ModuleGraph {
  /** Absolute paths of the entries and every local module they import, sorted. */
  files: string[];
  /** Each package imported by name, with the first module that imports it (to resolve it from). */
  packages: Map<string, string>;
}

/** "pkg/sub/path" → "pkg"; "@scope/pkg/sub" → "@scope/pkg". */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/**
 * The specifiers a module imports at run time, in source order: static
 * imports and re-exports, and dynamic imports of a literal. `import type`
 * and `export type` are left out, as TypeScript erases them. A dynamic
 * import of a computed name throws: the graph would miss what it loads.
 */
export function runtimeImports(source: string, file: string): string[] {
  initSync();
  const [imports] = parse(source, file);
  return imports.flatMap((entry) => {
    // import.meta
    if (entry.d === -2) return [];
    const statement = source.slice(entry.ss, entry.se);
    if (/^(?:import|export)\s+type\b(?!\s*[,=]|\s+from\b)/.test(statement)) return [];
    if (entry.n === undefined) {
      throw new Error(`${file}: imports a module whose name is computed: ${statement.trim()}`);
    }
    return [entry.n];
  });
}

/**
 * Walks the static imports of `entries` (TypeScript or JavaScript files)
 * through every relative specifier. A relative import that names no file
 * throws, so the graph is never silently short. Node's own modules and
 * Astro's virtual ones (`astro:content`) are not packages.
 */
export function moduleGraph(entries: readonly string[]): ModuleGraph {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const pending = entries.map((entry) => resolve(entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${file}: no such module`);
    files.add(file);
    for (const specifier of runtimeImports(readFileSync(file, "utf8"), file)) {
      if (specifier.startsWith(".") || specifier.startsWith("/")) {
        const target = resolve(dirname(file), specifier);
        if (!existsSync(target)) throw new Error(`${file}: imports "${specifier}", which is not a file`);
        pending.push(target);
      } else if (!isBuiltin(specifier) && !specifier.startsWith("astro:")) {
        // Astro's virtual modules are Astro's code: its version is in the key.
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, file);
      }
    }
  }
  return { files: [...files].sort(), packages };
}
