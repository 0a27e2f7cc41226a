import { describe, expect, it } from "vitest";
import { coverageColumns, coverageTable } from "./coverage.ts";
import type { EntitySummary } from "./entity-index.ts";
import type { Entity } from "./schema.ts";

const entity = (id: string, kind: Entity["kind"]): Entity =>
  ({ id, name: id, kind, aliases: [id], description: id }) as Entity;

const summary = (perReport: { slug: string; count: number }[]): EntitySummary =>
  ({ mentions: perReport.flatMap((row) => Array.from({ length: row.count })), perReport }) as EntitySummary;

describe("coverageTable", () => {
  it("gives each entity its count per report, grouped by kind, most named first", () => {
    const entities = [entity("b", "person"), entity("a", "person"), entity("iraq", "country")];
    const summaries = new Map([
      ["a", summary([{ slug: "r2", count: 3 }])],
      ["b", summary([{ slug: "r1", count: 1 }])],
      [
        "iraq",
        summary([
          { slug: "r1", count: 2 },
          { slug: "r2", count: 1 },
        ]),
      ],
    ]);
    const { groups, max } = coverageTable(entities, summaries, ["r1", "r2"]);
    expect(max).toBe(3);
    const people = groups.find((group) => group.kind === "person");
    expect(people?.rows.map((row) => [row.entity.id, row.total, row.cells])).toEqual([
      ["a", 3, [0, 3]],
      ["b", 1, [1, 0]],
    ]);
    expect(groups.find((group) => group.kind === "country")?.rows[0]?.cells).toEqual([2, 1]);
  });

  it("handles a table far larger than the call stack allows to spread", () => {
    const slugs = Array.from({ length: 10_000 }, (_, i) => `r${i}`);
    const entities = Array.from({ length: 61 }, (_, i) => entity(`e${i}`, "place"));
    const summaries = new Map(entities.map((e, i) => [e.id, summary([{ slug: `r${i}`, count: i }])]));
    expect(coverageTable(entities, summaries, slugs).max).toBe(60);
  });
});

describe("coverageColumns", () => {
  it("cuts every row to a page of report columns and keeps the whole-archive totals", () => {
    const entities = [entity("a", "person"), entity("iraq", "country")];
    const summaries = new Map([
      ["a", summary([{ slug: "r3", count: 4 }])],
      [
        "iraq",
        summary([
          { slug: "r1", count: 2 },
          { slug: "r2", count: 1 },
        ]),
      ],
    ]);
    const { groups } = coverageTable(entities, summaries, ["r1", "r2", "r3"]);
    const page = coverageColumns(groups, 1, 3);
    expect(page.find((group) => group.kind === "person")?.rows[0]).toMatchObject({ total: 4, cells: [0, 4] });
    expect(page.find((group) => group.kind === "country")?.rows[0]).toMatchObject({
      total: 3,
      cells: [1, 0],
    });
    // The table it was cut from is left whole.
    expect(groups.find((group) => group.kind === "country")?.rows[0]?.cells).toEqual([2, 1, 0]);
  });
});
