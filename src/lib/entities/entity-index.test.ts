import { describe, expect, it } from "vitest";
import { committedReports, indexReports, SLUGS } from "../../../tests/lib/reports.ts";
import { summarizeEntities, unusedAliases } from "./entity-index.ts";
import type { Entity } from "./schema.ts";
import { loadEntityTable } from "./table.ts";

const reports = committedReports();
const entities = loadEntityTable();
const { mentions } = indexReports(reports, entities);
const summaries = summarizeEntities(
  entities,
  mentions,
  reports.map((report) => report.slug),
);

describe("entity index on the committed reports", () => {
  it("finds Kadhemi in the AFP report as a mention of Kadhimi", () => {
    expect(mentions).toContainEqual(
      expect.objectContaining({ report: SLUGS.afp, entity: "mustafa-al-kadhimi", spelling: "Kadhemi" }),
    );
  });

  it("finds Kadhimi in all five reports, under four spellings", () => {
    const kadhimi = summaries.get("mustafa-al-kadhimi");
    expect(kadhimi?.perReport.map((row) => row.slug).sort()).toEqual(Object.values(SLUGS).sort());
    const spellings = kadhimi?.spellings.map((use) => use.spelling) ?? [];
    expect(spellings).toEqual(
      expect.arrayContaining(["Kadhimi", "Kadhemi", "al-Khadimi", "Mustafa Kadhami"]),
    );
  });

  it("uses every alias of the table", () => {
    expect(unusedAliases(entities, mentions, "content/entities.yaml")).toEqual([]);
  });

  it("lists companions by shared paragraphs", () => {
    const biden = summaries.get("joe-biden");
    expect(biden?.companions.map((c) => c.entity.id)).toContain("iraq");
  });
});

describe("unusedAliases", () => {
  it("names the entity and the alias that occurs in no report", () => {
    const extra: Entity = {
      id: "biden",
      name: "Biden",
      kind: "person",
      description: "x",
      aliases: ["Joe Bidden"],
    };
    expect(unusedAliases([extra], mentions, "content/entities.yaml")).toEqual([
      'content/entities.yaml: entity "biden", aliases: "Joe Bidden" occurs in no report (as a whole word, case for case, outside a longer alias)',
    ]);
  });
});
