import { readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatPolicy, metaPolicy } from "../lib/csp.ts";
import { CSP_HEADER_ONLY_DIRECTIVES, IMMUTABLE_CACHE, SECURITY_HEADERS } from "../lib/security-policy.ts";

/** Every .html file under a folder, as paths relative to it, sorted. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The one policy all built pages share. A header cannot vary per page, so
 * pages with different policies (a page-specific inline script) stop the
 * build with the pages named.
 */
export async function sharedPolicy(dir: string): Promise<string[]> {
  const byPolicy = new Map<string, string[]>();
  for (const file of await htmlFiles(dir)) {
    const policy = metaPolicy(await readFile(join(dir, file), "utf8"));
    if (!policy) throw new Error(`${file}: the page carries no Content-Security-Policy <meta>`);
    const key = formatPolicy(policy);
    byPolicy.set(key, [...(byPolicy.get(key) ?? []), file]);
  }
  const policies = [...byPolicy.entries()];
  const [first] = policies;
  if (!first) throw new Error("the build produced no HTML pages");
  if (policies.length > 1) {
    const list = policies.map(([policy, files]) => `  ${files.join(", ")}:\n    ${policy}`).join("\n");
    throw new Error(
      `pages carry different Content-Security-Policies; one header cannot fit them all:\n${list}`,
    );
  }
  return first[0].split("; ");
}

/** The `_headers` file Netlify and Cloudflare Pages read, for a site built at `base`. */
export function headersFile(base: string, policy: readonly string[]): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const security = {
    "Content-Security-Policy": formatPolicy([...policy, ...CSP_HEADER_ONLY_DIRECTIVES]),
    ...SECURITY_HEADERS,
  };
  const lines = [
    "# Written by the build (src/integrations/static-host-headers.ts) for Netlify and",
    "# Cloudflare Pages: the policy every page carries in its <meta>, as a header.",
    "# Pages, feeds and source copies keep the host's default Cache-Control",
    "# (public, max-age=0, must-revalidate): readers always get the latest build.",
    `${prefix}*`,
    ...Object.entries(security).map(([name, value]) => `  ${name}: ${value}`),
    "",
    "# Build assets are named by their content hash: a new build gives new names.",
    `${prefix}_astro/*`,
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
    "",
  ];
  return lines.join("\n");
}

/**
 * Writes dist/_headers after the build, from the policy the pages carry, so
 * the header and the <meta> can never drift apart.
 */
export default function staticHostHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "static-host-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policy = await sharedPolicy(outDir);
        await writeFile(join(outDir, "_headers"), headersFile(base, policy));
        logger.info("wrote _headers with the pages' Content-Security-Policy");
      },
    },
  };
}
