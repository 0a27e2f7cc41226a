import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

interface Manifest {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The folder of the package `name` as Node would find it from `from`: the nearest node_modules up. */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The installed version of each package and of everything it depends on,
 * however deep, as `<folder relative to root> <version>` lines, sorted: a
 * package upgraded anywhere under the named ones changes the list. Each
 * package is resolved from the folder of the file naming it, as Node
 * would. A package that is not installed throws (optional dependencies
 * absent on this platform are skipped).
 */
export function installedVersions(packages: ReadonlyMap<string, string>, root: string): string[] {
  const seen = new Map<string, string>();
  const pending = [...packages].map(([name, from]) => ({ name, from: dirname(from), optional: false }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const dir = packageDir(next.name, next.from);
    if (!dir) {
      if (next.optional) continue;
      throw new Error(`package "${next.name}" (needed from ${next.from}) is not installed`);
    }
    if (seen.has(dir)) continue;
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
    seen.set(dir, manifest.version ?? "unversioned");
    const optional = manifest.optionalDependencies ?? {};
    for (const name of Object.keys({ ...manifest.dependencies, ...optional })) {
      pending.push({ name, from: dir, optional: name in optional });
    }
  }
  return [...seen].map(([dir, version]) => `${relative(root, dir)} ${version}`).sort();
}
