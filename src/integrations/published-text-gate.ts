import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ContentError } from "../lib/content/errors.ts";
import { emptyFolder } from "../lib/build/out-dir.ts";
import { gatedReports, publishedTextProblems } from "../lib/reports/text-gate.ts";

/** Problems listed in full before the rest are counted. */
const SHOWN = 20;

/**
 * The build's gate: once every page is written (rendered now, reused from
 * Astro's page cache or kept in dist/), each report page's published text
 * must equal its raw copy less its listed chrome, line for line, and hold
 * no unsafe address (src/lib/reports/text-gate.ts). Checking the pages as
 * written, not the Markdown, is what catches a corrupt cache or a plugin
 * that changes, loses or adds a word. A page that fails stops the build,
 * naming the report's file and line, and dist/ is emptied: nothing is left
 * to publish. A page the build found in dist/ byte for byte as the last
 * gated build left it, and did not write again, is not read twice
 * (src/lib/build/verified-out-files.ts). It runs first of the integrations
 * that finish a build.
 */
export default function publishedTextGate(): AstroIntegration {
  return {
    name: "archive:published-text-gate",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const reports = gatedReports();
        const { problems, read } = publishedTextProblems(outDir, reports);
        const elapsed = performance.now() - started;
        if (problems.length > 0) {
          emptyFolder(outDir);
          const more = problems.length > SHOWN ? `\n…and ${problems.length - SHOWN} more` : "";
          throw new ContentError(
            `${problems.slice(0, SHOWN).join("\n")}${more}\nThe build published nothing: ${outDir} was emptied.`,
          );
        }
        const kept = reports.length - read;
        logger.info(
          `checked the published text of ${read} report pages in ${elapsed.toFixed(0)} ms` +
            (kept > 0 ? ` (${kept} more are as the last gated build left them, verified by digest)` : ""),
        );
      },
    },
  };
}
