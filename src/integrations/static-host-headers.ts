import { open, readdir, writeFile } from "node:fs/promises";
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
 * A page's <head>, read from the start of its file without the rest: the
 * policy's <meta> is there, and a large archive's pages add up to hundreds
 * of megabytes. The whole file when it has no `</head>`.
 */
export async function pageHead(path: string): Promise<string> {
  const file = await open(path);
  try {
    const decoder = new TextDecoder();
    let text = "";
    for (;;) {
      const chunk = Buffer.alloc(16 * 1024);
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return text + decoder.decode();
      text += decoder.decode(chunk.subarray(0, bytesRead), { stream: true });
      const end = text.indexOf("</head>");
      if (end !== -1) return text.slice(0, end);
    }
  } finally {
    await file.close();
  }
}

/**
 * One policy that fits every built page, for a header that cannot vary by
 * page: the pages' directives, with the sources of each directive merged
 * (a page-specific inline script adds its hash). Pages whose policies name
 * different directives stop the build, with the pages named.
 */
export async function sharedPolicy(dir: string): Promise<string[]> {
  const merged = new Map<string, string[]>();
  let shape: { file: string; names: string } | undefined;
  for (const file of await htmlFiles(dir)) {
    const policy = metaPolicy(await pageHead(join(dir, file)));
    if (!policy) throw new Error(`${file}: the page carries no Content-Security-Policy <meta>`);
    const names = policy.map((directive) => directive.split(" ")[0]).join(" ");
    shape ??= { file, names };
    if (names !== shape.names) {
      throw new Error(
        `${file} and ${shape.file} carry policies with different directives (${names} / ${shape.names}); one header cannot fit both`,
      );
    }
    for (const directive of policy) {
      const [name = "", ...sources] = directive.split(" ");
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  if (!shape) throw new Error("the build produced no HTML pages");
  return [...merged.entries()].map(([name, sources]) => [name, ...sources].join(" "));
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
