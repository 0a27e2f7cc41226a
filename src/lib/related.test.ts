import { describe, expect, it } from "vitest";
import { rankRelated } from "./related.ts";

describe("rankRelated", () => {
  const sets = new Map([
    ["a", new Set(["x", "y", "z"])],
    ["b", new Set(["x"])],
    ["c", new Set(["x", "y"])],
    ["d", new Set(["z"])],
  ]);

  it("ranks by shared entities, ties in archive order", () => {
    expect(rankRelated("a", sets, ["a", "b", "c", "d"])).toEqual([
      { slug: "c", shared: ["x", "y"] },
      { slug: "b", shared: ["x"] },
      { slug: "d", shared: ["z"] },
    ]);
  });

  it("gives the same order whatever order the sets were built in", () => {
    const reversed = new Map([...sets].reverse());
    expect(rankRelated("a", reversed, ["a", "b", "c", "d"])).toEqual(
      rankRelated("a", sets, ["a", "b", "c", "d"]),
    );
  });
});
