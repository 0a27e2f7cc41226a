import { describe, expect, it } from "vitest";
import { joinBase } from "./paths.ts";

describe("joinBase", () => {
  it.each([
    ["/", "/", "/"],
    ["/", "about/", "/about/"],
    ["/", "/reports/x/#p-2", "/reports/x/#p-2"],
    ["/archive/", "about/", "/archive/about/"],
    ["/archive", "/about/", "/archive/about/"],
    ["/deep/sub/path/", "sources/a.txt", "/deep/sub/path/sources/a.txt"],
    ["/archive/", "/", "/archive/"],
  ])("base %s + %s → %s", (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});
