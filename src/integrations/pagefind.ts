import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { INDEXED_PAGES } from "../lib/search/attributes.ts";
import { PAGEFIND_DIR } from "../lib/paths.ts";

/** Pagefind's errors, named, as one message that stops the build. */
export function indexingError(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  - ${error}`).join("\n")}`);
}

/**
 * Indexes the built site with Pagefind's Node API once Astro has written
 * every page, so `npm run build` alone yields a searchable dist/. What is
 * indexed, and with which meta, filters and sort keys, is marked in the
 * templates with `data-pagefind-*` attributes. Any error Pagefind reports
 * fails the build with Pagefind's own words; the indexing service is closed
 * whatever happens.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "archive:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) throw indexingError("start", errors);
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          if (added.errors.length > 0) throw indexingError(`index ${site}`, added.errors);
          if (added.page_count === 0) throw indexingError(`index ${site}`, ["no HTML pages found"]);
          // dist/ is kept between builds (kept-out-dir.ts): a bundle is written whole, never over an old one.
          rmSync(join(site, PAGEFIND_DIR), { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: join(site, PAGEFIND_DIR) });
          if (written.errors.length > 0) throw indexingError("write the search bundle", written.errors);
          logger.info(`indexed ${added.page_count} pages into ${PAGEFIND_DIR}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
