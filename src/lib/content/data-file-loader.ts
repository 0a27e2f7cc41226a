import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { file } from "astro/loaders";
import type { Loader } from "astro/loaders";
import { parseWithPosition } from "./file-order.ts";
import { ContentError } from "./errors.ts";
import { schemaErrorMessage } from "./schema-errors.ts";

/**
 * Astro's file() loader for one of the archive's YAML data files, made
 * strict: file() logs a file that is missing or cannot be parsed and carries
 * on without it (the archive built with no claims at all); here the build
 * stops, naming the file and what is wrong with it. Entries keep their place
 * in the file (`position`).
 */
export function dataFileLoader(path: string): Loader {
  let problem: unknown;
  const inner = file(path, {
    parser: (text) => {
      try {
        return parseWithPosition(text, path);
      } catch (error) {
        problem = error;
        throw error;
      }
    },
  });
  return {
    name: "archive-data-file",
    load: async (context) => {
      if (!existsSync(fileURLToPath(new URL(path, context.config.root)))) {
        throw new ContentError(
          `${path}: file not found; the archive needs it even with no entries (write [])`,
        );
      }
      problem = undefined;
      // file() logs a parse failure before the loader throws it: said once, below.
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        if (!message.startsWith("Error reading data from ")) context.logger.error(message);
      };
      try {
        await inner.load({ ...context, logger });
      } catch (error) {
        // A schema error in an entry: named by file, line, entry and field.
        throw new ContentError(schemaErrorMessage(error));
      }
      if (problem instanceof ContentError) throw problem;
      if (problem !== undefined) {
        const reason = problem instanceof Error ? problem.message : String(problem);
        throw new ContentError(`${path}: ${reason}`);
      }
    },
  };
}
