/**
 * One Astro build in a process of its own, so its peak memory can be read:
 * `node build-once.ts <root> <outDir> <cacheDir> <viteCacheDir>`. Prints one JSON line,
 * `{"maxRssBytes":…,"cpuMs":…}`, when the build succeeds. The content folder comes from
 * ARCHIVE_CONTENT_DIR, as for any build.
 */
import { build } from "astro";

const [root, outDir, cacheDir, viteCacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir || !viteCacheDir) {
  console.error("usage: node build-once.ts <root> <outDir> <cacheDir> <viteCacheDir>");
  process.exit(2);
}

// Vite's pre-bundled dependencies get a folder of their own per project, so
// the archive and the baseline do not invalidate each other's (or the
// project's own) between builds.
await build({ root, outDir, cacheDir, logLevel: "info", vite: { cacheDir: viteCacheDir } });
const usage = process.resourceUsage();
// maxRSS is in kilobytes, CPU times in microseconds. CPU time is the steadier
// figure on a busy machine, where wall time also counts waiting.
console.log(
  JSON.stringify({
    maxRssBytes: usage.maxRSS * 1024,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  }),
);
// Vite and Astro can leave handles open; the build is done.
process.exit(0);
