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

describe("rankRelated with a limit", () => {
  const order = ["a", "b", "c", "d", "e", "f"];
  const sets = new Map([
    ["a", new Set(["x", "y", "z"])],
    ["b", new Set<string>()],
    ["c", new Set(["x"])],
    ["d", new Set<string>()],
    ["e", new Set(["x", "y", "z"])],
    ["f", new Set(["y", "z"])],
  ]);

  it("keeps the top of the full ranking, ties still in archive order", () => {
    for (const limit of [0, 1, 2, 3, 4, 5, 9]) {
      expect(rankRelated("a", sets, order, limit)).toEqual(rankRelated("a", sets, order).slice(0, limit));
    }
    expect(rankRelated("a", sets, order, 3).map((r) => r.slug)).toEqual(["e", "f", "c"]);
    expect(rankRelated("b", sets, order, 2).map((r) => r.slug)).toEqual(["a", "c"]);
  });
});
