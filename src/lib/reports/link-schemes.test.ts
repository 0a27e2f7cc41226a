import { describe, expect, it } from "vitest";
import { unsafeLinkProblem, urlScheme } from "./link-schemes.ts";

describe("link schemes a report may carry", () => {
  it("allows http, https, mailto and addresses within the site", () => {
    for (const url of [
      "https://example.org/a",
      "HTTP://x",
      "mailto:a@b.c",
      "/reports/x/",
      "#p-1",
      "../a",
      "x.html",
    ]) {
      expect(unsafeLinkProblem(url), url).toBeUndefined();
    }
  });

  it("refuses javascript:, data: and other schemes, however a browser would read them", () => {
    expect(urlScheme(" java\tscript:alert(1)")).toBe("javascript");
    expect(urlScheme("\u0001JavaScript:alert(1)")).toBe("javascript");
    for (const url of [
      "javascript:alert(document.domain)//",
      "data:text/html,x",
      "vbscript:x",
      "file:///etc/passwd",
    ]) {
      expect(unsafeLinkProblem(url), url).toMatch(/link; a report links only to http, https or mailto/);
    }
  });
});
