/**
 * The `_headers` format of Netlify and Cloudflare Pages: a path pattern on
 * its own line (`*` matches anything, slashes included; `:name` one path
 * segment), then indented `Name: value` lines. `npm start` and the site
 * tests apply the built dist/_headers the way those hosts do, so the policy
 * is tested as served.
 *
 * The Content-Security-Policy header goes with pages only: a policy means
 * nothing on a script, an index chunk or a source copy, and sent with each
 * of them it was a tenth of what a first search downloads. Neither host can
 * choose headers by the type of a response, only by its address, so the
 * build lists the pages' addresses: each folder of many pages as one
 * `:page` pattern, the others one by one, and a pattern only where, read as
 * either host reads it, it matches no file that is not a page.
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

/**
 * The hosts read a pattern in two ways: Cloudflare Pages as written, Netlify
 * with its trailing slash optional and letters in any case.
 */
export type HeadersHost = "cloudflare" | "netlify";

/**
 * The `_headers` file Netlify and Cloudflare Pages read, for a site built at
 * `base` whose files (paths relative to the output folder, `/`-separated)
 * are `files`.
 */
export function headersFile(base: string, policy: readonly string[], files: readonly string[]): string {
  const byPage = writeHeadersFile(base, policy, pagePatterns(files));
  if (parseHeadersFile(byPage).length <= MAX_RULES) return byPage;
  // Pages whose addresses need more patterns than Cloudflare reads (a large
  // archive's paged lists at the top level, beside its icon and feed) get
  // the policy as every other file does: with every response.
  const everywhere = writeHeadersFile(base, policy, undefined);
  const rules = parseHeadersFile(everywhere).length;
  if (rules > MAX_RULES)
    throw new Error(`_headers: ${rules} rules, over the ${MAX_RULES} Cloudflare Pages reads`);
  return everywhere;
}

/** The file, with the policy on `pages` (patterns relative to the base path), or on every response when undefined. */
function writeHeadersFile(
  base: string,
  policy: readonly string[],
  pages: readonly string[] | undefined,
): string {
  const prefix = withTrailingSlash(base);
  const csp = formatPolicy([...policy, ...CSP_HEADER_ONLY_DIRECTIVES]);
  const pageRules = (pages ?? []).flatMap((pattern) => [
    `${prefix}${pattern}`,
    `  Content-Security-Policy: ${csp}`,
  ]);
  const lines = [
    "# Written by the build (src/integrations/static-host-headers.ts) for Netlify and",
    "# Cloudflare Pages. Every response gets the security headers; pages and",
    "# feeds keep the host's default Cache-Control (public, max-age=0,",
    "# must-revalidate): readers always get the latest build.",
    `${prefix}*`,
    ...(pages ? [] : [`  Content-Security-Policy: ${csp}`]),
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    "",
    ...(pages
      ? [
          "# The policy every page carries in its <meta>, as a header, with what only a",
          "# header can say, sent with the pages alone (a policy means nothing on",
          "# other files). The pages' addresses: a folder of pages as one pattern.",
          ...pageRules,
          "",
        ]
      : []),
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

/** Cloudflare Pages reads at most this many rules from `_headers`. */
const MAX_RULES = 100;

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

/** A file's address as a reader asks for it: a folder's `index.html` is the folder. */
function addressOf(file: string): string {
  return file.replace(/(^|\/)index\.html$/, "$1");
}

/**
 * Patterns, relative to the base path, that match the address of every page
 * in `files` and of no other file, read as either host reads them.
 */
export function pagePatterns(files: readonly string[]): string[] {
  const pages = files.filter((file) => file.endsWith(".html")).map(addressOf);
  const others = files.filter((file) => !file.endsWith(".html"));
  const folders = new Map<string, string[]>();
  const patterns: string[] = [];
  for (const page of pages) {
    const folder = /^(.*\/)?[^/]+\/$/.exec(page);
    if (!folder) {
      patterns.push(page);
      continue;
    }
    const parent = folder[1] ?? "";
    folders.set(parent, [...(folders.get(parent) ?? []), page]);
  }
  for (const [parent, addresses] of folders) {
    const pattern = `${parent}:page/`;
    const safe =
      addresses.length > 1 &&
      !others.some((file) => matches(pattern, file, "netlify") || matches(pattern, file, "cloudflare"));
    patterns.push(...(safe ? [pattern] : addresses));
  }
  return patterns.sort();
}

/** Whether a rule's pattern matches a request path, as `host` reads it. */
export function matches(pattern: string, path: string, host: HeadersHost = "cloudflare"): boolean {
  const source = (text: string) =>
    text
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : escapeRegExp(part)))
      .join("");
  if (host === "cloudflare") return new RegExp(`^${source(pattern)}$`).test(path);
  // Netlify: a trailing slash is optional on both sides, and case does not count.
  const trimmed = pattern.length > 1 ? pattern.replace(/\/$/, "") : "";
  return new RegExp(`^${source(trimmed)}/?$`, "i").test(path);
}

/**
 * The headers a request path gets: every matching rule, later ones winning.
 * Cloudflare Pages reads patterns as written, Netlify with their trailing
 * slash optional; the preview server takes Cloudflare's stricter reading.
 */
export function headersFor(
  rules: readonly HeaderRule[],
  path: string,
  host: HeadersHost = "cloudflare",
): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path, host)) continue;
    for (const [name, value] of rule.headers) result.set(name, value);
  }
  return result;
}
