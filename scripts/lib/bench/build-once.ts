/**
 * One Astro build in a process of its own, so its peak memory can be read:
 * `node build-once.ts <root> <outDir> <cacheDir> <viteCacheDir>`. Prints one JSON line,
 * `{"maxRssBytes":…,"childMaxRssBytes":…,"cpuMs":…,"childCpuMs":…}`, when the build succeeds. The content folder comes from
 * ARCHIVE_CONTENT_DIR, as for any build.
 */
import { readFileSync, readdirSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { build } from "astro";

/**
 * CPU time of the child processes the build waited for (Pagefind's indexer
 * runs as one), in ms: Node's own figures count only this process. Read
 * from /proc (Linux), where cutime and cstime are fields 16 and 17, in
 * clock ticks of 1/100 s; 0 elsewhere.
 */
function childCpuMs(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks * 10 : 0;
  } catch {
    return 0;
  }
}

/** The ids of this process's children, from /proc (Linux; none elsewhere). */
function children(): string[] {
  try {
    return readdirSync("/proc/self/task").flatMap((task) =>
      readFileSync(`/proc/self/task/${task}/children`, "utf8").split(" ").filter(Boolean),
    );
  } catch {
    return [];
  }
}

/** This process's children whose command name matches `name`. */
function childrenNamed(name: RegExp): number {
  return children().filter((pid) => {
    try {
      return name.test(readFileSync(`/proc/${pid}/comm`, "utf8"));
    } catch {
      return false;
    }
  }).length;
}

/**
 * The largest peak memory (VmHWM) of any child seen so far, in bytes.
 * Node's maxRSS counts this process only, and Pagefind's indexer is a
 * process of its own: its peak is read while it runs, every 200 ms.
 */
let childPeakBytes = 0;
function sampleChildren(): void {
  for (const pid of children()) {
    try {
      const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      if (kb) childPeakBytes = Math.max(childPeakBytes, Number(kb) * 1024);
    } catch {
      // The child is gone: its last sample stands.
    }
  }
}

/**
 * Waits (up to 10 s) for Pagefind's indexer to be gone. Closing the index
 * kills the process without waiting for it, and a child's CPU time joins
 * cutime only once it is reaped: read at once, it was sometimes left out.
 */
async function pagefindExited(): Promise<void> {
  for (let waited = 0; waited < 10_000 && childrenNamed(/^pagefind/) > 0; waited += 20) await sleep(20);
}

const [root, outDir, cacheDir, viteCacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir || !viteCacheDir) {
  console.error("usage: node build-once.ts <root> <outDir> <cacheDir> <viteCacheDir>");
  process.exit(2);
}

// Vite's pre-bundled dependencies get a folder of their own per project, so
// the archive and the baseline do not invalidate each other's (or the
// project's own) between builds.
const sampler = setInterval(sampleChildren, 200);
await build({ root, outDir, cacheDir, logLevel: "info", vite: { cacheDir: viteCacheDir } });
sampleChildren();
clearInterval(sampler);
await pagefindExited();
const usage = process.resourceUsage();
// maxRSS is in kilobytes, CPU times in microseconds. CPU time is the steadier
// figure on a busy machine, where wall time also counts waiting; it includes
// the build's child processes.
const childMs = childCpuMs();
console.log(
  JSON.stringify({
    maxRssBytes: usage.maxRSS * 1024,
    childMaxRssBytes: childPeakBytes,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 + childMs,
    childCpuMs: childMs,
  }),
);
// Vite and Astro can leave handles open; the build is done.
process.exit(0);
