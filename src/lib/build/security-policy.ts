/**
 * The archive's Content Security Policy, in one place. astro.config.mjs
 * hands it to Astro's `security.csp` (a <meta> on every page, with hashes
 * of any inline script or style Astro emits), and the build sends the
 * same policy as an HTTP header (dist/_headers, written by the build from
 * the pages themselves).
 *
 * Nothing is loaded from another origin. Search (Pagefind) runs a
 * WebAssembly module and a worker from the site itself, hence
 * 'wasm-unsafe-eval' and `worker-src 'self' blob:`; no directive allows
 * inline script ('unsafe-inline') or eval.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Sources for script-src; Astro appends the hash of every inline script. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for style-src; Astro appends the hash of every inline style. */
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/**
 * Directives a <meta> policy cannot carry (browsers ignore them there and
 * log an error), so they travel only in the HTTP header.
 */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"] as const;

/**
 * Headers every response gets from a configured host (dist/_headers for
 * Netlify and Cloudflare Pages, deploy/nginx/archive-security-headers.conf, and
 * scripts/lib/static-server.ts for `npm start`).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // Links to the original outlets carry no trace of what was being read.
  "Referrer-Policy": "same-origin",
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Hashed build assets never change under their name. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

/** Pages, feeds and copies keep their address across builds: revalidate. */
export const REVALIDATE_CACHE = "public, max-age=0, must-revalidate";

/**
 * Types a host must send for two kinds of file whatever it guesses from
 * their names: the raw copies are UTF-8 text (without the charset a browser
 * shows their curly quotes as "â€™"), and the feed is RSS (hosts send
 * `.xml` as text/xml or application/xml). dist/_headers and the nginx
 * configuration in deploy/nginx/ both say so.
 */
export const SOURCE_COPY_TYPE = "text/plain; charset=utf-8";
export const FEED_TYPE = "application/rss+xml; charset=utf-8";

/**
 * Types for the files readers keep and cite, which hosts do not know by
 * their names (`.bib`, `.ris`, `.csv`) or may send without a charset.
 * dist/_headers and deploy/nginx/ both say so.
 */
export const BIBTEX_TYPE = "application/x-bibtex; charset=utf-8";
export const RIS_TYPE = "application/x-research-info-systems; charset=utf-8";
export const CSV_TYPE = "text/csv; charset=utf-8";
export const JSON_TYPE = "application/json; charset=utf-8";
export const ZIP_TYPE = "application/zip";
