import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { sha256 } from "../hash.ts";
import { moduleGraph } from "./module-graph.ts";
import { installedVersions } from "./package-versions.ts";

/** What a rendering depends on, paths relative to `root`. */
export interface RenderInputs {
  /** The project folder: paths below are relative to it, and so are the paths the key records. */
  root: string;
  /** Entry modules: they and every module they import, found from their imports. */
  modules: readonly string[];
  /** Packages used without being imported by the modules (the Markdown processor itself). */
  packages: readonly string[];
  /** Data files the modules read; a missing one counts as such. */
  data: readonly string[];
}

/**
 * The lines the key is a digest of: each module and data file with its
 * sha256, each installed package (its dependencies included) with its
 * version. Paths are relative to the root, so two checkouts of the same
 * commit agree.
 */
export function renderInputs({ root, modules, packages, data }: RenderInputs): string[] {
  const graph = moduleGraph(modules.map((module) => resolve(root, module)));
  const named = new Map(graph.packages);
  for (const name of packages) if (!named.has(name)) named.set(name, resolve(root, "package.json"));
  const digest = (file: string) => (existsSync(file) ? sha256(readFileSync(file)) : "missing");
  return [
    ...graph.files.map((file) => `module ${relative(root, file)} ${digest(file)}`),
    ...data.map((file) => `data ${relative(root, resolve(root, file))} ${digest(resolve(root, file))}`),
    ...installedVersions(named, root).map((line) => `package ${line}`),
  ];
}

/**
 * A digest of what the Markdown pipeline renders with: its modules, found
 * by following their imports, the data they read and the packages they
 * run. Astro's content layer re-renders every report when its config
 * changes, and plugins are functions, which its config digest cannot see:
 * this key, put in the config, is what tells it the rendering changed.
 * Nothing else goes in, so editing a page, a page helper or a data file the
 * pipeline never reads keeps every cached rendering.
 */
export function renderCacheKey(inputs: RenderInputs): string {
  return sha256(new TextEncoder().encode(renderInputs(inputs).join("\n")));
}
