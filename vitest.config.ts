/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/**
 * Three projects: `unit` tests pure helpers, plugins and the importer from
 * source; `site` tests the built dist/ (run after `npm run build`), in
 * Node and in Debian's Chromium; `build` runs Astro itself on variants
 * (a subpath, two clean builds, broken and hostile content).
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
      {
        extends: true,
        test: {
          // Whole Astro runs: subpath and reproducible builds, bad and hostile content, an imported copy.
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
    ],
  },
});
