import { spawn, spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, stringify } from "yaml";
import { tempDir } from "../../lib/temp-dir.ts";

export { tempDir };

const ASTRO = resolve("node_modules/astro/bin/astro.mjs");

export interface AstroRun {
  code: number;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
}

/**
 * The environment a person's shell would give Astro: without what Vitest
 * adds to process.env (NODE_ENV=test, and BASE_URL, MODE, DEV, PROD, SSR,
 * which Vite would read back as import.meta.env and so build for `/`).
 */
export function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|SITE|TEST|VITEST.*)$/.test(key),
    ),
  );
}

/**
 * Runs the project's Astro CLI (`build`, `sync`) with Node 24, from the
 * project root, with its own cache; `env` adds BASE_PATH, SITE_URL or
 * ARCHIVE_CONTENT_DIR.
 */
export function runAstro(args: string[], env: Record<string, string> = {}): Promise<AstroRun> {
  return runNode([ASTRO, ...args], env);
}

function runNode(args: string[], env: Record<string, string>): Promise<AstroRun> {
  const cache = tempDir("cache");
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        ASTRO_CACHE_DIR: cache,
        FORCE_COLOR: "0",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    // eslint-disable-next-line no-control-regex
    child.on("close", (code) => done({ code: code ?? 1, output: output.replace(/\u001b\[[0-9;]*m/g, "") }));
  });
}

/** Runs one of the project's Node scripts (`scripts/*.ts`) as `npm run` would, with `env` added. */
export function runScript(script: string, env: Record<string, string> = {}): Promise<AstroRun> {
  return runNode([resolve(script)], env);
}

/**
 * Like runAstro, but blocks the test process until Astro is done. Builds
 * use this: while a build runs, Vitest's own Astro/Vite setup in the test
 * process must stay idle, or the build can come out made for `/` instead
 * of BASE_PATH (seen with an asynchronous spawn).
 */
export function runAstroBlocking(args: string[], env: Record<string, string> = {}): AstroRun {
  const run = spawnSync(process.execPath, [ASTRO, ...args], {
    env: {
      ...shellEnv(),
      ASTRO_TELEMETRY_DISABLED: "1",
      ASTRO_CACHE_DIR: tempDir("cache"),
      FORCE_COLOR: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
  return { code: run.status ?? 1, output };
}

/**
 * Marks an added report as saying nothing on each disputed claim: every
 * claim must account for every report, so a fixture report needs a line too.
 */
export function claimsNotStatedFor(contentDir: string, report: string): void {
  const path = join(contentDir, "claims.yaml");
  const claims = parse(readFileSync(path, "utf8")) as { accounts: unknown[] }[];
  for (const claim of claims) claim.accounts.push({ report, notStated: true });
  writeFileSync(path, stringify(claims));
}

/** A copy of the committed content/ with a fixture's files laid over it. */
export function contentWith(overlay: string | undefined): string {
  const dir = tempDir("content");
  cpSync("content", dir, { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  return dir;
}
