import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "../lib/hash.ts";

/**
 * Does nothing to the tree. Its option, a hash of the Markdown pipeline's
 * code and data, becomes part of the Astro config, whose digest decides
 * whether the content layer's cached renderings are still good. Astro
 * hashes the config as JSON, and plugins are functions, so without this a
 * change to a plugin (or to data a plugin reads) would leave every
 * unchanged report rendered the old way on the next build.
 */
export default function remarkCacheKey(_options: { key: string }) {
  return undefined;
}

/** Every file under the given folders (recursively) and the given files, tests left out. */
function pipelineFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    try {
      return readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.endsWith(".test.ts"))
        .map((entry) => join(entry.parentPath, entry.name));
    } catch {
      return [path];
    }
  });
}

/**
 * A hash of the files the Markdown pipeline is made of or reads: folders
 * are read whole, missing paths are skipped.
 */
export function markdownPipelineKey(paths: readonly string[]): string {
  const hashes = pipelineFiles(paths)
    .sort()
    .flatMap((file) => {
      try {
        return [`${file}:${sha256(readFileSync(file))}`];
      } catch {
        return [];
      }
    });
  return sha256(new TextEncoder().encode(hashes.join("\n")));
}
