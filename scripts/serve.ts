/**
 * npm run preview: serves dist/ as a static host would, at the base path the
 * site was built for (BASE_PATH, default /). PORT picks the port (4321).
 */
import { existsSync } from "node:fs";
import { createStaticServer, listen } from "./lib/static-server.ts";

const dir = "dist";
const base = process.env["BASE_PATH"] ?? "/";
const port = Number(process.env["PORT"] ?? 4321);

if (!existsSync(`${dir}/index.html`)) {
  console.error("dist/ has no built site: run npm run build first.");
  process.exit(1);
}

const origin = await listen(createStaticServer({ dir, base }), port);
const prefix = base.endsWith("/") ? base : `${base}/`;
console.log(`The archive is served at ${origin}${prefix} (Ctrl+C stops it)`);
