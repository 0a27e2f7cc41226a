import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import sirv from "sirv";
import { headersFor, parseHeadersFile, type HeaderRule } from "../../src/lib/build/headers-file.ts";
import { withTrailingSlash } from "../../src/lib/paths.ts";
import { REVALIDATE_CACHE } from "../../src/lib/build/security-policy.ts";

export interface StaticServerOptions {
  /** The built site. */
  dir: string;
  /** The base path the site was built for, such as `/` or `/archive/`. */
  base: string;
  port: number;
  host?: string;
}

/**
 * Serves a built `dist/` the way a plain static host does: files as they
 * are, `index.html` for folders, the site's own 404 page with status 404,
 * nothing outside the base path, and the headers of the build's `_headers`
 * file (security policy, caching) as Netlify or Cloudflare Pages would. It
 * answers GET and HEAD only (405 otherwise), and never serves dotfiles or the
 * host's own `_headers`, however the address spells them.
 */
export function createStaticServer({
  dir,
  base,
  precompressed = false,
}: Pick<StaticServerOptions, "dir" | "base"> & {
  /** Serve `file.gz` beside a file, gzip-encoded, to clients that accept it, as a configured host would. */
  precompressed?: boolean;
}): Server {
  const prefix = withTrailingSlash(base);
  const notFound = readFileSync(join(dir, "404.html"));
  const headersPath = join(dir, "_headers");
  const rules: HeaderRule[] = existsSync(headersPath)
    ? parseHeadersFile(readFileSync(headersPath, "utf8"))
    : [];
  const applyHeaders = (res: ServerResponse, path: string) => {
    res.setHeader("Cache-Control", REVALIDATE_CACHE);
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
  };
  const files = sirv(dir, {
    dev: false,
    etag: true,
    dotfiles: false,
    gzip: precompressed,
    // The copies are UTF-8; say so, as a configured host would.
    setHeaders: (res, path) => {
      if (path.endsWith(".txt")) res.setHeader("Content-Type", "text/plain; charset=utf-8");
    },
  });
  const sendNotFound = (res: ServerResponse) => {
    res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(notFound);
  };
  return createServer((req, res) => {
    // A static site is only ever read: anything else is refused, as a configured host does.
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: ALLOWED_METHODS, "Content-Type": "text/plain; charset=utf-8" });
      res.end("Method not allowed: a static archive answers GET and HEAD only.\n");
      return;
    }
    // The WHATWG parser drops the query and fragment and resolves `.` and
    // `..` segments, %2e spellings included, as a browser would.
    const { pathname, search } = new URL(req.url ?? "/", "http://localhost");
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: `${prefix}${search}` });
      res.end();
      return;
    }
    applyHeaders(res, pathname);
    if (!pathname.startsWith(prefix)) return sendNotFound(res);
    const segments = decodedSegments(pathname.slice(prefix.length));
    if (!segments) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Bad request: the address is not valid percent-encoded UTF-8.\n");
      return;
    }
    if (segments.some(isHidden)) return sendNotFound(res);
    req.url = `/${pathname.slice(prefix.length)}${search}`;
    files(req, res, () => sendNotFound(res));
  });
}

const ALLOWED_METHODS = "GET, HEAD";

/** Files a static host reads as its own configuration, never serves (Netlify, Cloudflare Pages). */
const HOST_CONFIG_FILES = new Set(["_headers", "_redirects"]);

/** A path's segments, percent-decoded, or `undefined` when one is not valid UTF-8 once decoded. */
function decodedSegments(path: string): string[] | undefined {
  try {
    return path.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

/**
 * Whether a decoded path segment names something that is not content: a
 * dotfile or dot-folder (`.git`, `.env`), a host's configuration file in any
 * case or with trailing dots or spaces (`_Headers`, `_headers.`), or a
 * segment hiding a separator (`a%2F..`) or NUL. Checked on the decoded
 * segments, so no spelling of the address gets past.
 */
function isHidden(segment: string): boolean {
  return (
    segment.startsWith(".") ||
    /[/\\\0]/.test(segment) ||
    HOST_CONFIG_FILES.has(segment.toLowerCase().replace(/[. ]+$/, ""))
  );
}

export function listen(server: Server, port: number, host = "127.0.0.1"): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      resolve(`http://${host === "127.0.0.1" ? "localhost" : host}:${actualPort}`);
    });
  });
}
