import { closeSync, openSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { formatPolicy, metaPolicy } from "../lib/csp.ts";
import { filesUnder } from "../lib/out-dir.ts";
import {
  CSP_HEADER_ONLY_DIRECTIVES,
  FEED_TYPE,
  IMMUTABLE_CACHE,
  SECURITY_HEADERS,
  SOURCE_COPY_TYPE,
} from "../lib/security-policy.ts";
import { SOURCES_OUT_DIR } from "./source-copies.ts";

const HEAD_END = Buffer.from("</head>");

/**
 * A page's <head>, read from the start of its file without the rest: the
 * policy's <meta> is there, and a large archive's pages add up to hundreds
 * of megabytes. The whole file when it has no `</head>`. Synchronous reads
 * into one buffer: for 8,000 pages, 0.4 s against 5.5 s awaiting each chunk.
 */
export function pageHead(path: string): string {
  const file = openSync(path, "r");
  try {
    let buffer = Buffer.alloc(32 * 1024);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = Buffer.concat([buffer], buffer.length * 2);
      const read = readSync(file, buffer, length, buffer.length - length, null);
      // The bytes are searched, not decoded text: a read may end inside a character.
      const end = buffer.subarray(0, length + read).indexOf(HEAD_END, Math.max(0, length - HEAD_END.length));
      length += read;
      if (end !== -1) return buffer.toString("utf8", 0, end);
      if (read === 0) return buffer.toString("utf8", 0, length);
    }
  } finally {
    closeSync(file);
  }
}

/**
 * One policy that fits every built page, for a header that cannot vary by
 * page: the pages' directives, with the sources of each directive merged
 * (a page-specific inline script adds its hash). Pages whose policies name
 * different directives stop the build, with the pages named.
 */
export function sharedPolicy(dir: string): string[] {
  const merged = new Map<string, string[]>();
  let shape: { file: string; names: string } | undefined;
  for (const file of filesUnder(dir).filter((path) => path.endsWith(".html"))) {
    const policy = metaPolicy(pageHead(join(dir, file)));
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
    "# The raw copies are UTF-8 text, and the feed is RSS, whatever the host",
    "# would guess from their names.",
    `${prefix}${SOURCES_OUT_DIR}/*`,
    `  Content-Type: ${SOURCE_COPY_TYPE}`,
    "",
    `${prefix}rss.xml`,
    `  Content-Type: ${FEED_TYPE}`,
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
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policy = sharedPolicy(outDir);
        writeFileSync(join(outDir, "_headers"), headersFile(base, policy));
        logger.info("wrote _headers with the pages' Content-Security-Policy");
      },
    },
  };
}
