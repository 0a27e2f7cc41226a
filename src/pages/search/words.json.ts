import type { APIRoute } from "astro";
import { searchWordList } from "../../lib/search/word-list.ts";

/** The words the search page suggests from when a query finds little. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchWordList()), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
