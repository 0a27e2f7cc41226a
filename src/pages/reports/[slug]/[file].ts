import type { APIRoute } from "astro";
import { citeFiles, CITE_FILES, type CiteFile } from "../../../lib/cite/formats.ts";
import { reportRecord } from "../../../lib/cite/report.ts";
import { getReports } from "../../../lib/reports/collection.ts";

/** `cite.bib`, `cite.ris` and `cite.json` beside each report page, from its one CSL-JSON record. */
export async function getStaticPaths() {
  const reports = await getReports();
  return reports.flatMap((report) =>
    Object.keys(CITE_FILES).map((file) => ({
      params: { slug: report.slug, file },
      props: { slug: report.slug, data: report.entry.data, file: file as CiteFile },
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { slug, data, file } = props as {
    slug: string;
    data: Parameters<typeof reportRecord>[1];
    file: CiteFile;
  };
  const body = citeFiles(reportRecord(slug, data, site))[file];
  return new Response(body, { headers: { "Content-Type": CITE_FILES[file].type } });
};
