/**
 * The link schemes a report may carry: web addresses and mail, and
 * addresses relative to the site. Anything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`…) is refused wherever a report can hold a link: its
 * frontmatter, its Markdown links and autolinks, its directives, and every
 * address of its published page.
 */
export const SAFE_SCHEMES = ["http", "https", "mailto"] as const;

/**
 * The scheme of `url` as a browser reads it: browsers drop leading and
 * trailing spaces and control characters and ignore tabs and line breaks
 * anywhere, so `" java\tscript:…"` is a `javascript:` link. Lowercase, or
 * `undefined` for a relative address.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]?.toLowerCase() : undefined;
}

/** Why `url` is not a link a report may carry, or `undefined` when it is. */
export function unsafeLinkProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `${JSON.stringify(url)} is a ${scheme}: link; a report links only to http, https or mailto addresses, or within the site`;
}
