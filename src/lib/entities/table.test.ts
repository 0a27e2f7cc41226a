import { describe, expect, it } from "vitest";
import { loadEntityTable, parseEntities } from "./table.ts";

const entry = (id: string, aliases: string[]) =>
  `- id: ${id}\n  name: ${id}\n  kind: person\n  description: Someone.\n  aliases: [${aliases.join(", ")}]\n`;

describe("entity table", () => {
  it("reads the committed table", () => {
    const entities = loadEntityTable();
    expect(entities.find((entity) => entity.id === "mustafa-al-kadhimi")?.aliases).toContain("Kadhemi");
  });

  it("fails on an alias claimed by two entities, naming both and the alias", () => {
    expect(() =>
      parseEntities(entry("moqtada-al-sadr", ["Sadr"]) + entry("sadr-city", ["Sadr"]), "entities.yaml"),
    ).toThrow(
      'entities.yaml:6: entity "sadr-city", aliases: "Sadr" is already an alias of entity "moqtada-al-sadr"',
    );
  });

  it("fails on a bad field, naming the entity and the field", () => {
    expect(() => parseEntities(entry("Bad Id", ["X"]), "entities.yaml")).toThrow(
      /entities.yaml:1: entity "Bad Id", id: /,
    );
    expect(() => parseEntities(entry("someone", []), "entities.yaml")).toThrow(
      /entity "someone", aliases: needs at least one alias/,
    );
  });
});
