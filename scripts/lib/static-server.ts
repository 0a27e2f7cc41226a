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
 * file (security policy, caching) as Netlify or Cloudflare Pages would.
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
    const url = req.url ?? "/";
    if (url === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix });
      res.end();
      return;
    }
    applyHeaders(res, url.split("?")[0] ?? url);
    if (!url.startsWith(prefix)) return sendNotFound(res);
    // The host's own files are configuration, not content.
    if (url === `${prefix}_headers`) return sendNotFound(res);
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => sendNotFound(res));
  });
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
