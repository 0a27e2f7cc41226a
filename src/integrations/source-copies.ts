import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { SOURCES_DIR } from "../lib/content/content-dir.ts";
import { publishSourceCopies } from "../lib/reports/source-copy.ts";
import { SOURCES_OUT_DIR, withTrailingSlash } from "../lib/paths.ts";

/**
 * Publishes each report's raw copy at `sources/<file>`, byte for byte, so
 * readers can check the hash. The build copies the files once every page is
 * written (as an Astro route, each copy cost a page render: 12.6 s of a
 * 10,000-report build); `astro dev` serves them from content/sources/.
 */
export default function sourceCopies(): AstroIntegration {
  let base = "/";
  return {
    name: "archive:source-copies",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      "astro:server:setup": ({ server }) => {
        const prefix = `/${SOURCES_OUT_DIR}/`;
        server.middlewares.use((request, response, next) => {
          // Vite may already have taken the base off the address: accept it either way.
          const url = (request.url ?? "").split("?")[0] ?? "";
          const path = url.startsWith(base) ? url.slice(base.length - 1) : url;
          const file = path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : "";
          const copy = resolve(SOURCES_DIR, file);
          if (!/^[\w.-]+\.txt$/.test(file) || !existsSync(copy)) {
            next();
            return;
          }
          response.setHeader("Content-Type", "text/plain; charset=utf-8");
          response.end(readFileSync(copy));
        });
      },
      "astro:build:done": ({ dir, logger }) => {
        const count = publishSourceCopies(join(fileURLToPath(dir), SOURCES_OUT_DIR));
        logger.info(`published ${count} source copies into ${SOURCES_OUT_DIR}/`);
      },
    },
  };
}
