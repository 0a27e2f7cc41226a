import type { APIRoute } from "astro";
import { absoluteUrl, routes } from "../lib/paths.ts";

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), site)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
