import type { APIRoute } from "astro";
import { ZIP_TYPE } from "../lib/build/security-policy.ts";
import { getArchiveBag } from "../lib/data/archive-bag.ts";

/**
 * The whole archive as one BagIt zip (src/lib/data/archive-bag.ts). The
 * file's name is BAG_FILE in src/lib/paths.ts; a test holds the two together.
 */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array((await getArchiveBag()).bytes), { headers: { "Content-Type": ZIP_TYPE } });
