import { describe, expect, it } from "vitest";
import { checkLinks } from "../../scripts/lib/link-check.ts";
import { BUILT_FOR, DIST } from "./lib/dist.ts";

describe("link integrity of dist/", () => {
  it("resolves every internal href, src and #fragment, and every feed and sitemap link", () => {
    expect(checkLinks({ dir: DIST, ...BUILT_FOR })).toEqual([]);
  });
});
