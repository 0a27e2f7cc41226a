/**
 * npm run preview: serves dist/ as a static host would, at the base path the
 * site was built for (BASE_PATH, default /). PORT picks the port (4321).
 */
import { existsSync } from "node:fs";
import { createStaticServer, listen } from "./lib/static-server.ts";
import { deploymentFromEnv, withTrailingSlash } from "../src/lib/paths.ts";

const dir = "dist";
const { base } = deploymentFromEnv();
const port = Number(process.env["PORT"] ?? 4321);

if (!existsSync(`${dir}/index.html`)) {
  console.error("dist/ has no built site: run npm run build first.");
  process.exit(1);
}

const origin = await listen(createStaticServer({ dir, base }), port);
console.log(`The archive is served at ${origin}${withTrailingSlash(base)} (Ctrl+C stops it)`);
