import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CSP_DIRECTIVES, CSP_HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS } from "./security-policy.ts";

/** The nginx snippets are written by hand: they must say what the policy module says. */
describe("deploy/nginx/archive-security-headers.conf and archive-content-security-policy.conf", () => {
  const snippet = readFileSync("deploy/nginx/archive-security-headers.conf", "utf8");
  const headers = new Map(
    [...snippet.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((match) => [match[1], match[2]]),
  );
  const map = readFileSync("deploy/nginx/archive-content-security-policy.conf", "utf8");
  const values = new Map(
    [...map.matchAll(/^\s+("[^"]*"|\S+) "([^"]*)";$/gm)].map((match) => [match[1], match[2]]),
  );

  it("sends every security header with the same value", () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
  });

  it("sends the policy header from the map, for HTML responses only", () => {
    expect(snippet).toMatch(
      /^add_header Content-Security-Policy \$archive_content_security_policy always;$/m,
    );
    expect(map).toMatch(/^map \$sent_http_content_type \$archive_content_security_policy \{$/m);
    expect([...values.keys()]).toEqual(["default", '"~^text/html"']);
    expect(values.get("default")).toBe("");
  });

  it("sends only directives of the policy, none that would block a hashed script", () => {
    const directives = (values.get('"~^text/html"') ?? "").split("; ");
    const known = new Set<string>([...CSP_DIRECTIVES, ...CSP_HEADER_ONLY_DIRECTIVES]);
    for (const directive of directives) expect(known.has(directive), directive).toBe(true);
    expect(directives.some((directive) => /^(default|script)-src/.test(directive))).toBe(false);
    expect(directives).toContain("frame-ancestors 'self'");
  });
});

describe("the GitHub Pages workflow", () => {
  it("builds with the Pages origin and subpath and publishes dist/", () => {
    const workflow = parse(readFileSync(".github/workflows/deploy-pages.yml", "utf8")) as {
      jobs: {
        build: { steps: { run?: string; env?: Record<string, string>; with?: Record<string, string> }[] };
      };
    };
    const steps = workflow.jobs.build.steps;
    const build = steps.find((step) => step.run === "npm run build");
    expect(build?.env?.["BASE_PATH"]).toBe("${{ steps.pages.outputs.base_path }}/");
    expect(build?.env?.["SITE_URL"]).toBe("${{ steps.pages.outputs.origin }}");
    expect(steps.some((step) => step.with?.["path"] === "dist")).toBe(true);
  });
});

describe("netlify.toml", () => {
  it("builds with the site's address: SITE_URL if set, else Netlify's URL", () => {
    expect(readFileSync("netlify.toml", "utf8")).toMatch(
      /^\s*command = "SITE_URL=\$\{SITE_URL:-\$URL\} npm run build"$/m,
    );
  });
});
