/**
 * npm run check:links: checks every internal link, asset and #fragment of
 * the built dist/ (for the BASE_PATH and SITE_URL it was built with).
 */
import { checkLinks } from "./lib/link-check.ts";
import { PLACEHOLDER_SITE_URL, siteUrlFrom } from "../src/lib/build/site-address.ts";

const problems = checkLinks({
  dir: "dist",
  base: process.env["BASE_PATH"] ?? "/",
  site: siteUrlFrom(process.env) ?? PLACEHOLDER_SITE_URL,
});
for (const problem of problems) console.error(problem);
console.log(problems.length === 0 ? "Every internal link resolves." : `${problems.length} broken links.`);
process.exit(problems.length === 0 ? 0 : 1);
