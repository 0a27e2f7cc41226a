import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import sirv from "sirv";

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
 * and nothing outside the base path.
 */
export function createStaticServer({
  dir,
  base,
  precompressed = false,
}: Pick<StaticServerOptions, "dir" | "base"> & {
  /** Serve `file.gz` beside a file, gzip-encoded, to clients that accept it, as a configured host would. */
  precompressed?: boolean;
}): Server {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const notFound = readFileSync(join(dir, "404.html"));
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
  const sendNotFound = (res: import("node:http").ServerResponse) => {
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
    if (!url.startsWith(prefix)) return sendNotFound(res);
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
