import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { describe, expect, inject, it } from "vitest";
import { builtFiles, builtPages } from "../../scripts/lib/built-site.ts";
import { headersFor, parseHeadersFile } from "../../src/lib/build/headers-file.ts";
import { metaPolicy, parsePolicy } from "../../src/lib/build/csp.ts";
import {
  CSP_HEADER_ONLY_DIRECTIVES,
  IMMUTABLE_CACHE,
  SECURITY_HEADERS,
} from "../../src/lib/build/security-policy.ts";
import { servedFiles } from "../lib/served-files.ts";
import { BUILT_FOR, DIST } from "./lib/dist.ts";
import { withTrailingSlash } from "../../src/lib/paths.ts";

const pages = builtPages(DIST, BUILT_FOR.base);
const read = (file: string) => readFileSync(join(DIST, file), "utf8");
const directive = (policy: string[], name: string) =>
  policy
    .find((item) => item.split(" ")[0] === name)
    ?.split(" ")
    .slice(1) ?? [];

/** Script types a browser runs; anything else (JSON-LD) is a data block. */
const EXECUTABLE = new Set(["", "module", "text/javascript", "application/javascript"]);

describe("the Content-Security-Policy every page carries", () => {
  it.each(pages.map((page) => [page.path, page.file] as const))(
    "%s: strict policy in a <meta>",
    (_path, file) => {
      const policy = metaPolicy(read(file));
      expect(policy, "no CSP <meta>").toBeDefined();
      const p = policy ?? [];
      expect(directive(p, "default-src")).toEqual(["'self'"]);
      expect(directive(p, "object-src")).toEqual(["'none'"]);
      expect(directive(p, "base-uri")).toEqual(["'self'"]);
      expect(directive(p, "form-action")).toEqual(["'self'"]);
      expect(directive(p, "worker-src")).toEqual(["'self'", "blob:"]);
      const scripts = directive(p, "script-src");
      expect(scripts.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      // Everything after 'self' and 'wasm-unsafe-eval' is a hash: no host, no 'unsafe-inline', no 'unsafe-eval'.
      for (const source of scripts.slice(2)) expect(source).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/);
      const sources = p.flatMap((item) => item.split(" ").slice(1));
      for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:"]) {
        expect(sources).not.toContain(forbidden);
      }
      expect(
        sources.filter((source) => /^[a-z][\w.-]*\.[a-z]/i.test(source)),
        "no other host",
      ).toEqual([]);
    },
  );

  it.each(pages.map((page) => [page.path, page.file] as const))(
    "%s: no inline handler, javascript: URL, or script the policy does not name",
    (_path, file) => {
      const html = read(file);
      const policy = metaPolicy(html) ?? [];
      const allowed = new Set(directive(policy, "script-src"));
      const problems: string[] = [];
      visit(fromHtml(html), "element", (node: Element) => {
        for (const [name, value] of Object.entries(node.properties)) {
          if (/^on/i.test(name)) problems.push(`<${node.tagName} ${name}>`);
          if (typeof value === "string" && /^\s*javascript:/i.test(value))
            problems.push(`${name}="${value}"`);
        }
        if (node.tagName !== "script" || node.properties["src"]) return;
        const type = String(node.properties["type"] ?? "").toLowerCase();
        if (!EXECUTABLE.has(type)) return;
        const hash = createHash("sha256").update(toString(node)).digest("base64");
        if (!allowed.has(`'sha256-${hash}'`))
          problems.push(`inline <script> sha256-${hash} not in the policy`);
      });
      expect(problems).toEqual([]);
    },
  );
});

describe("dist/_headers for Netlify and Cloudflare Pages", () => {
  const rules = parseHeadersFile(read("_headers"));
  const prefix = withTrailingSlash(BUILT_FOR.base);

  it("sends the pages' policy as a header, plus what only a header can carry", () => {
    const header = parsePolicy(headersFor(rules, `${prefix}reports/x/`).get("Content-Security-Policy") ?? "");
    const sourcesOf = (policy: string[]) =>
      new Map(policy.map((item) => [item.split(" ")[0] ?? "", item.split(" ").slice(1)]));
    const fromHeader = sourcesOf(header);
    const fromPages = new Map<string, Set<string>>();
    for (const page of pages) {
      for (const [name, sources] of sourcesOf(metaPolicy(read(page.file)) ?? [])) {
        // Each page's directive is in the header with all its sources…
        expect(fromHeader.get(name), `${page.path}: ${name}`).toEqual(expect.arrayContaining(sources));
        fromPages.set(name, new Set([...(fromPages.get(name) ?? []), ...sources]));
      }
    }
    // …and the header allows nothing that no page asked for.
    const extra = [...fromHeader]
      .filter(([name]) => !fromPages.has(name))
      .map(([name, v]) => [name, ...v].join(" "));
    expect(extra).toEqual([...CSP_HEADER_ONLY_DIRECTIVES]);
    for (const [name, sources] of fromPages) expect(new Set(fromHeader.get(name))).toEqual(sources);
  });

  it("sends the policy with every page and with no other file, read as either host reads _headers", () => {
    const problems: string[] = [];
    for (const host of ["cloudflare", "netlify"] as const)
      for (const file of builtFiles(DIST)) {
        const address = `${prefix}${file.replace(/(^|\/)index\.html$/, "$1")}`;
        const sent = headersFor(rules, address, host).has("Content-Security-Policy");
        if (sent !== file.endsWith(".html"))
          problems.push(`${host}: ${address} ${sent ? "with" : "without"} it`);
      }
    expect(problems).toEqual([]);
  });

  it("sends the security headers to every path", () => {
    const page = headersFor(rules, `${prefix}sources/x.txt`);
    expect(page.get("X-Content-Type-Options")).toBe("nosniff");
    expect(page.get("Referrer-Policy")).toBe("same-origin");
    expect(page.get("Permissions-Policy")).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it("gives each kind of file what nginx sends, where the host would not send it itself", () => {
    // Hosts send the right type for pages, scripts and styles, and revalidation, by default.
    const problems: string[] = [];
    for (const file of servedFiles(DIST)) {
      const headers = headersFor(rules, `${prefix}${file.path}`);
      const wanted = {
        ...SECURITY_HEADERS,
        "Cache-Control": file.cache === IMMUTABLE_CACHE ? file.cache : undefined,
        "Content-Type": file.typeInHeadersFile ? file.type : undefined,
      };
      for (const [name, value] of Object.entries(wanted))
        if (headers.get(name) !== value)
          problems.push(`${file.what}: ${name} is ${headers.get(name)}, not ${value}`);
      // The policy goes with the pages; a host's own 404 answer carries it in the page's <meta>.
      const page = file.status === 200 && file.type.startsWith("text/html");
      if (headers.has("Content-Security-Policy") !== page)
        problems.push(`${file.what}: Content-Security-Policy ${page ? "missing" : "sent"}`);
    }
    expect(problems).toEqual([]);
  });

  it("caches hashed assets for a year and leaves pages to revalidate", () => {
    expect(headersFor(rules, `${prefix}_astro/BaseLayout.abc.css`).get("Cache-Control")).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(headersFor(rules, `${prefix}about/`).has("Cache-Control")).toBe(false);
  });
});

describe("served as a static host serves it (npm start)", () => {
  const siteUrl = inject("siteUrl");

  it("pages come with the policy header, security headers and revalidation", async () => {
    const response = await fetch(siteUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  });

  it("hashed assets are immutable, with the security headers but not the page policy", async () => {
    // Pages carry their stylesheet inline; the header's search script is a hashed file.
    const asset = /(?:href|src)="([^"]*\/_astro\/[^"]+\.(?:css|js))"/.exec(read("index.html"))?.[1];
    expect(asset).toBeDefined();
    const response = await fetch(new URL(String(asset), siteUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.has("content-security-policy")).toBe(false);
  });

  it("an unknown address gets the archive's 404 page with status 404", async () => {
    const response = await fetch(new URL("no/such/page/", siteUrl));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });
});
