/**
 * npm run check:content: runs every check the build runs (each file's
 * schema, the checks across files, the published text of every report
 * against its copy, the safe links) and fails exactly where `npm run build`
 * would, by building into a temporary folder that is then removed. It
 * keeps a cache of its own (`<cache folder>/check`), so the real dist/ and
 * its cache are left alone and a second check reuses what the first
 * rendered.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const outDir = mkdtempSync(join(tmpdir(), "archive-check-"));
const cacheDir = resolve(process.env["ASTRO_CACHE_DIR"] ?? "node_modules/.astro", "check");
try {
  const run = spawnSync(
    process.execPath,
    [resolve("node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
    {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ASTRO_CACHE_DIR: cacheDir },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  if (run.status === 0) console.log("The content passes every check the build makes.");
  else console.error("The content fails the build's checks (above); npm run build would stop there.");
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
