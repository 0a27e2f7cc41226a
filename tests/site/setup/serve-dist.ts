import type { TestProject } from "vitest/node";
import { createStaticServer, listen } from "../../../scripts/lib/static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin plus base path of the served dist/, ending in `/`. */
    siteUrl: string;
  }
}

/**
 * Serves the built dist/ for the site tests, as a static host would, at the
 * base path it was built for (BASE_PATH, default /).
 */
export default async function serveDist(project: TestProject) {
  const base = process.env["BASE_PATH"] ?? "/";
  const server = createStaticServer({ dir: "dist", base });
  const origin = await listen(server, 0);
  project.provide("siteUrl", `${origin}${base.endsWith("/") ? base : `${base}/`}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
