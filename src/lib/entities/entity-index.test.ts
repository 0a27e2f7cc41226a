import { describe, expect, it } from "vitest";
import { committedReports, indexReports, SLUGS } from "../../../tests/lib/reports.ts";
import { summarizeEntities } from "./entity-index.ts";
import { loadEntityTable } from "./table.ts";
import { unusedAliases } from "./validate.ts";

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
