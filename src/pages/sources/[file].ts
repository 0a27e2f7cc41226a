import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { getReports } from "../../lib/reports.ts";
import { SOURCES_DIR } from "../../lib/content-dir.ts";

/** Publishes each raw copy as it is kept, so readers can check the hash. */
export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.map((report) => ({ params: { file: report.entry.data.source.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const bytes = readFileSync(resolve(SOURCES_DIR, String(params["file"])));
  return new Response(bytes, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
