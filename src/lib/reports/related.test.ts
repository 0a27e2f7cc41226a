import { describe, expect, it } from "vitest";
import { rankAllRelated, type RelatedReport } from "./related.ts";

/** The ranking spelt out plainly: every other report, sorted by shared entities, then archive order. */
function plainRanking(
  slug: string,
  sets: ReadonlyMap<string, ReadonlySet<string>>,
  order: readonly string[],
): RelatedReport[] {
  const own = [...(sets.get(slug) ?? [])];
  return order
    .filter((other) => other !== slug)
    .map((other, index) => ({ slug: other, index, shared: own.filter((id) => sets.get(other)?.has(id)) }))
    .sort((a, b) => b.shared.length - a.shared.length || a.index - b.index)
    .map(({ slug: other, shared }) => ({ slug: other, shared }));
}

describe("rankAllRelated", () => {
  const sets = new Map([
    ["a", new Set(["x", "y", "z"])],
    ["b", new Set(["x"])],
    ["c", new Set(["x", "y"])],
    ["d", new Set(["z"])],
  ]);

  it("ranks by shared entities, ties in archive order", () => {
    expect(rankAllRelated(sets, ["a", "b", "c", "d"]).get("a")).toEqual([
      { slug: "c", shared: ["x", "y"] },
      { slug: "b", shared: ["x"] },
      { slug: "d", shared: ["z"] },
    ]);
  });

  it("gives the same order whatever order the sets were built in", () => {
    const reversed = new Map([...sets].reverse());
    expect(rankAllRelated(reversed, ["a", "b", "c", "d"])).toEqual(
      rankAllRelated(sets, ["a", "b", "c", "d"]),
    );
  });
});

describe("rankAllRelated with a limit", () => {
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
      expect(rankAllRelated(sets, order, limit).get("a")).toEqual(
        plainRanking("a", sets, order).slice(0, limit),
      );
    }
    expect(
      rankAllRelated(sets, order, 3)
        .get("a")
        ?.map((r) => r.slug),
    ).toEqual(["e", "f", "c"]);
    expect(
      rankAllRelated(sets, order, 2)
        .get("b")
        ?.map((r) => r.slug),
    ).toEqual(["a", "c"]);
  });
});

describe("rankAllRelated over many entities", () => {
  // More than 32 entities, so a report's bits span several words.
  const entities = Array.from({ length: 75 }, (_, i) => `entity-${i}`);
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const order = Array.from({ length: 60 }, (_, i) => `report-${i}`);
  const sets = new Map(order.map((slug) => [slug, new Set(entities.filter(() => next() < 0.15))] as const));

  it("agrees with the plain ranking for every report", () => {
    const ranked = rankAllRelated(sets, order, 6);
    for (const slug of order) expect(ranked.get(slug)).toEqual(plainRanking(slug, sets, order).slice(0, 6));
    expect(new Set([...ranked.values()].map((list) => list[0]?.shared.length)).size).toBeGreaterThan(1);
  });
});
