/**
 * Reading and writing Content Security Policies as the build emits them:
 * Astro writes one `<meta http-equiv="content-security-policy">` per page.
 */

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The directives of a policy string, trimmed, in order. */
export function parsePolicy(policy: string): string[] {
  return policy
    .split(";")
    .map((directive) => directive.trim().replace(/\s+/g, " "))
    .filter(Boolean);
}

/** A policy written the way an HTTP header carries it. */
export function formatPolicy(directives: readonly string[]): string {
  return directives.join("; ");
}

/** The policy in a built page's <meta>, or `undefined` when it has none. */
export function metaPolicy(html: string): string[] | undefined {
  const match = META_CSP.exec(html);
  if (!match?.[1]) return undefined;
  const content = match[1].replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  return parsePolicy(content);
}
