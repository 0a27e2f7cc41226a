/**
 * The `_headers` format of Netlify and Cloudflare Pages: a path pattern on
 * its own line (`*` matches anything, slashes included), then indented
 * `Name: value` lines. `npm start` and the site tests apply the built
 * dist/_headers the way those hosts do, so the policy is tested as served.
 */
import { BAG_FILE, DATA_OUT_DIR, SOURCES_OUT_DIR, withTrailingSlash } from "../paths.ts";
import { escapeRegExp } from "../regexp.ts";
import { formatPolicy } from "./csp.ts";
import {
  CSP_HEADER_ONLY_DIRECTIVES,
  BIBTEX_TYPE,
  CSV_TYPE,
  FEED_TYPE,
  IMMUTABLE_CACHE,
  JSON_TYPE,
  RIS_TYPE,
  ZIP_TYPE,
  SECURITY_HEADERS,
  SOURCE_COPY_TYPE,
} from "./security-policy.ts";

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** The `_headers` file Netlify and Cloudflare Pages read, for a site built at `base`. */
export function headersFile(base: string, policy: readonly string[]): string {
  const prefix = withTrailingSlash(base);
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
    "# Files readers keep and cite: citation formats beside each report, the",
    "# open data, and the archive as one BagIt zip.",
    `${prefix}reports/*/cite.bib`,
    `  Content-Type: ${BIBTEX_TYPE}`,
    "",
    `${prefix}reports/*/cite.ris`,
    `  Content-Type: ${RIS_TYPE}`,
    "",
    `${prefix}reports/*/cite.json`,
    `  Content-Type: ${JSON_TYPE}`,
    "",
    `${prefix}${DATA_OUT_DIR}/*.json`,
    `  Content-Type: ${JSON_TYPE}`,
    "",
    `${prefix}${DATA_OUT_DIR}/*.csv`,
    `  Content-Type: ${CSV_TYPE}`,
    "",
    `${prefix}${BAG_FILE}`,
    `  Content-Type: ${ZIP_TYPE}`,
    "",
  ];
  return lines.join("\n");
}

/** A `_headers` file read back into its rules, in order, as the hosts read it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0)
      throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern.split("*").map(escapeRegExp).join(".*");
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a request path gets: every matching rule, later ones winning. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) result.set(name, value);
  }
  return result;
}
