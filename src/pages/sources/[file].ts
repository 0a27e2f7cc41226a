import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { REPORTS_DIR, SOURCES_DIR, shownPath } from "../../lib/content-dir.ts";
import { sha256 } from "../../lib/hash.ts";
import { getReports } from "../../lib/reports.ts";

/** Publishes each raw copy as it is kept, so readers can check the hash. */
export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.map((report) => ({
    params: { file: report.entry.data.source.file },
    props: {
      report: report.entry.filePath ?? shownPath(join(REPORTS_DIR, `${report.slug}.md`)),
      expected: report.entry.data.source.sha256,
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const file = String(params["file"]);
  const bytes = readFileSync(resolve(SOURCES_DIR, file));
  // The schema checks the hash when a report is loaded, but the content
  // cache skips unchanged reports on later builds: check again here, where
  // the copy is published, so an edited copy never ships.
  const { report, expected } = props as { report: string; expected: string };
  const actual = sha256(bytes);
  if (actual !== expected) {
    throw new Error(
      `${report}: source.sha256 ${expected} does not match ${shownPath(join(SOURCES_DIR, file))}, whose sha256 is ${actual}`,
    );
  }
  return new Response(bytes, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
