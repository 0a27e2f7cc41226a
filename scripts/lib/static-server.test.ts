import { mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../tests/lib/temp-dir.ts";
import { createStaticServer } from "./static-server.ts";

/** What a folder the server must never hand out holds; no response may carry it. */
const SECRET = "secret-config-text";
const NOT_FOUND_PAGE = "<!doctype html><title>Not found</title><p>archive 404 page";

function builtSite(): string {
  const dir = tempDir("served");
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write("index.html", "<!doctype html><title>Home</title><p>home page");
  write("404.html", NOT_FOUND_PAGE);
  write("about/index.html", "<!doctype html><title>About</title><p>about page");
  write("sources/copy.txt", "A copy’s text\n");
  write("_headers", `# ${SECRET}\n/*\n  X-Content-Type-Options: nosniff\n`);
  write("_redirects", `/old /new 301 ${SECRET}\n`);
  write(".env", SECRET);
  write(".git/config", SECRET);
  write(".git/HEAD", SECRET);
  write("about/.hidden.html", SECRET);
  write(".well-known/security.txt", SECRET);
  return dir;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request with the path exactly as written: fetch() would normalise `..`, `%2e` and backslashes first. */
function send(port: number, method: string, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe.each(["/", "/archive/"])("the preview server at %s", (base) => {
  const server = createStaticServer({ dir: builtSite(), base });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
  });
  const at = (path: string) => `${base}${path}`;

  it("serves pages and copies to GET", async () => {
    const page = await send(port, "GET", at("about/"));
    expect(page.status).toBe(200);
    expect(page.body).toContain("about page");
    const copy = await send(port, "GET", at("sources/copy.txt"));
    expect(copy.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(copy.body).toBe("A copy’s text\n");
  });

  it("answers HEAD with GET's status and headers and no body", async () => {
    const get = await send(port, "GET", at("about/"));
    const head = await send(port, "HEAD", at("about/"));
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(head.headers["content-type"]).toBe(get.headers["content-type"]);
    expect(head.headers["content-length"]).toBe(get.headers["content-length"]);
    const missing = await send(port, "HEAD", at("no-such-page/"));
    expect(missing.status).toBe(404);
    expect(missing.body).toBe("");
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"])(
    "refuses %s with 405 and says what is allowed",
    async (method) => {
      for (const path of [at("about/"), at("_headers"), "/elsewhere/"]) {
        const reply = await send(port, method, path);
        expect(reply.status, `${method} ${path}`).toBe(405);
        expect(reply.headers["allow"]).toBe("GET, HEAD");
        expect(reply.body).not.toContain("about page");
      }
    },
  );

  it.each([
    "_headers",
    "_headers?x=1",
    "_headers/",
    "_headers/?x=1",
    "_headers#top",
    "_headers.",
    "_headers/index",
    "_HEADERS",
    "_Headers",
    "%5Fheaders",
    "%5fheaders",
    "_header%73",
    "%5F%68%65%61%64%65%72%73",
    "about/../_headers",
    "about/%2e%2e/_headers",
    "about/%2E%2E/_headers",
    "about%2F..%2F_headers",
    "about/..%2F_headers",
    "about\\..\\_headers",
    "./_headers",
    "%2e/_headers",
    "_redirects",
    "_Redirects/",
    ".env",
    "%2eenv",
    "%2Eenv",
    ".git/config",
    ".git/HEAD",
    "%2egit/config",
    ".GIT/config",
    ".git%2Fconfig",
    "about/.hidden.html",
    "about/.hidden",
    "about/%2ehidden",
    ".well-known/security.txt",
  ])("never serves %s", async (path) => {
    for (const method of ["GET", "HEAD"]) {
      const reply = await send(port, method, at(path));
      expect(reply.status, `${method} ${at(path)}`).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain(SECRET);
      expect(JSON.stringify(reply.headers)).not.toContain(SECRET);
    }
  });

  it("answers a malformed address with 400, not a crash", async () => {
    const reply = await send(port, "GET", at("%E0%A4%A"));
    expect(reply.status).toBe(400);
    const after = await send(port, "GET", at("about/"));
    expect(after.status).toBe(200);
  });

  it("keeps the archive's own 404 page for what is not there", async () => {
    const reply = await send(port, "GET", at("_headers"));
    expect(reply.status).toBe(404);
    expect(reply.body).toBe(NOT_FOUND_PAGE);
  });
});
