import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { INDEXED_PAGES } from "../../../src/lib/search/attributes.ts";

export interface DirStats {
  bytes: number;
  files: number;
  /** `index.html` files: one per page in a directory-format build. */
  pages: number;
}

export function dirStats(dir: string): DirStats {
  const stats: DirStats = { bytes: 0, files: 0, pages: 0 };
  if (!existsSync(dir)) return stats;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    stats.files += 1;
    stats.bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name === "index.html") stats.pages += 1;
  }
  return stats;
}

export interface BuildRun {
  /** Wall time of the whole build process, start to exit, as `npm run build` would take. */
  ms: number;
  /**
   * CPU time of the build (user plus system), its child processes such as
   * Pagefind's indexer included: steadier than wall time on a busy machine.
   */
  cpuMs: number;
  /** Of which the child processes'. */
  childCpuMs: number;
  maxRssBytes: number;
  /**
   * Milliseconds the build's own checks logged: the published-text gate and
   * the verification of its caches (before and after), summed.
   */
  gateMs: number;
}

/** The lines in which the build logs the time its gate and cache checks took. */
const GATE_TIMINGS = [
  /checked the published text of \d+ report pages in (\d+) ms/,
  /verified dist\/ and the page cache in (\d+) ms/,
  /recorded the digests of dist\/.* in (\d+) ms/,
];

/** The gate's milliseconds, summed from a build log. */
export function gateMsOf(log: string): number {
  return GATE_TIMINGS.reduce((sum, pattern) => sum + Number(pattern.exec(log)?.[1] ?? 0), 0);
}

const BUILD_ONCE = resolve(import.meta.dirname, "build-once.ts");

/**
 * Builds the Astro project at `root` into `outDir` in a child process, with
 * `contentDir` as ARCHIVE_CONTENT_DIR. `cacheDir` is Astro's (the content
 * layer's data store: empty for a cold build); `viteCacheDir` holds Vite's
 * pre-bundled dependencies, which depend on the lockfile, not the content. Its output goes to `logFile`; a
 * failed build throws with the log's tail. `nodeFlags` such as
 * `--cpu-prof` go to the child's Node.
 */
export function runBuild(options: {
  root: string;
  outDir: string;
  cacheDir: string;
  viteCacheDir: string;
  contentDir: string;
  logFile: string;
  nodeFlags?: string[];
}): Promise<BuildRun> {
  const { root, outDir, cacheDir, viteCacheDir, contentDir, logFile, nodeFlags = [] } = options;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...nodeFlags, BUILD_ONCE, resolve(root), resolve(outDir), resolve(cacheDir), resolve(viteCacheDir)],
    {
      cwd: root,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: resolve(contentDir), ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return new Promise((resolvePromise, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      writeFileSync(logFile, output);
      const last = output.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) {
        const tail = output.trim().split("\n").slice(-25).join("\n");
        reject(new Error(`build of ${root} into ${outDir} failed (exit ${code}); log ${logFile}:\n${tail}`));
        return;
      }
      const { maxRssBytes, cpuMs, childCpuMs } = JSON.parse(last) as Omit<BuildRun, "ms" | "gateMs">;
      resolvePromise({ ms, cpuMs, childCpuMs, maxRssBytes, gateMs: gateMsOf(output) });
    });
  });
}

interface PagefindModule {
  createIndex(config?: Record<string, unknown>): Promise<{ errors: string[]; index?: PagefindIndex }>;
  close(): Promise<null>;
}
interface PagefindIndex {
  addDirectory(options: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

export interface PagefindRun {
  ms: number;
  pages: number;
  bytes: number;
  files: number;
}

/**
 * Indexes a built site with Pagefind into `outputPath` and times it, or
 * returns `undefined` when the pagefind package is not installed.
 */
export async function runPagefind(site: string, outputPath: string): Promise<PagefindRun | undefined> {
  let pagefind: PagefindModule;
  try {
    const name = "pagefind";
    pagefind = (await import(name)) as PagefindModule;
  } catch {
    return undefined;
  }
  const started = performance.now();
  const { errors, index } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  // The pages the site's own indexing reads (src/integrations/pagefind.ts).
  const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
  if (added.errors.length > 0)
    throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join("; ")}`);
  await pagefind.close();
  const ms = performance.now() - started;
  const stats = dirStats(outputPath);
  return { ms, pages: added.page_count, bytes: stats.bytes, files: stats.files };
}
