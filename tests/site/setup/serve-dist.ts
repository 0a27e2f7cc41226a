import type { TestProject } from "vitest/node";
import { createStaticServer, listen } from "../../../scripts/lib/static-server.ts";
import { deploymentFromEnv, withTrailingSlash } from "../../../src/lib/paths.ts";

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
  const { base } = deploymentFromEnv();
  const server = createStaticServer({ dir: "dist", base });
  const origin = await listen(server, 0);
  project.provide("siteUrl", `${origin}${withTrailingSlash(base)}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
