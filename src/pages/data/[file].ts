import type { APIRoute } from "astro";
import { getOpenData, openDataType } from "../../lib/data/open-data.ts";

/** The open data: JSON with its JSON Schemas, and CSV (src/lib/data/open-data.ts). */
export async function getStaticPaths() {
  return (await getOpenData()).map((file) => ({ params: { file: file.name }, props: { text: file.text } }));
}

export const GET: APIRoute = ({ params, props }) =>
  new Response((props as { text: string }).text, {
    headers: { "Content-Type": openDataType(params["file"] ?? "") },
  });
