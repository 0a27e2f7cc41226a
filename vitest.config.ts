/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/**
 * Two projects: `unit` tests pure helpers, plugins and the importer from
 * source; `site` tests the built dist/ (run after `npm run build`), in
 * Node and in Debian's Chromium.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/site/setup/serve-dist.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
