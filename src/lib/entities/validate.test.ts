import { describe, expect, it } from "vitest";
import type { Mention } from "./mentions.ts";
import type { Entity } from "./schema.ts";
import { aliasCollisions, duplicateIds, speaksForProblems, unusedAliases } from "./validate.ts";

const entity = (id: string, aliases: string[], speaksFor?: string[]): Entity => ({
  id,
  name: id,
  kind: "person",
  description: "Someone.",
  aliases,
  ...(speaksFor ? { speaksFor } : {}),
});

const mention = (entityId: string, spelling: string): Mention => ({
  report: "afp",
  block: "p-1",
  entity: entityId,
  spelling,
  start: 0,
  end: spelling.length,
  snippet: { before: "", match: spelling, after: "" },
});

describe("duplicateIds", () => {
  it("names an id used by two entities", () => {
    expect(duplicateIds([entity("a", ["A"]), entity("b", ["B"])])).toEqual([]);
    expect(duplicateIds([entity("a", ["A"]), entity("a", ["B"])])).toEqual([
      'entity "a", id: used by two entities',
    ]);
  });
});

describe("aliasCollisions", () => {
  it("names an alias listed twice by one entity, or claimed by two", () => {
    expect(aliasCollisions([entity("a", ["Sadr", "Sadr"])])).toEqual([
      'entity "a", aliases: "Sadr" is listed twice',
    ]);
    expect(aliasCollisions([entity("a", ["Sadr"]), entity("b", ["Sadr"])])).toEqual([
      'entity "b", aliases: "Sadr" is already an alias of entity "a"',
    ]);
  });

  it("treats straight and curly apostrophes as one spelling", () => {
    expect(aliasCollisions([entity("a", ["Iraq’s military"]), entity("b", ["Iraq's military"])])).toEqual([
      'entity "b", aliases: "Iraq\'s military" is already an alias of entity "a"',
    ]);
  });
});

describe("speaksForProblems", () => {
  it("names a speaksFor id that is no entity", () => {
    const spokesman = entity("ned-price", ["Ned Price"], ["state-department", "white-house"]);
    expect(
      speaksForProblems([spokesman, entity("state-department", ["State Department"])], "e.yaml"),
    ).toEqual(['e.yaml: entity "ned-price", speaksFor: "white-house" is not an entity']);
  });
});

describe("unusedAliases", () => {
  it("names the entity and the alias that occurs in no report, apostrophes aside", () => {
    const biden = entity("biden", ["Biden", "Joe Bidden", "Biden’s"]);
    const mentions = [mention("biden", "Biden"), mention("biden", "Biden's")];
    expect(unusedAliases([biden], mentions, "content/entities.yaml")).toEqual([
      'content/entities.yaml: entity "biden", aliases: "Joe Bidden" occurs in no report (as a whole word, case for case, outside a longer alias)',
    ]);
  });

  it("counts a spelling only for the entity that was mentioned under it", () => {
    expect(unusedAliases([entity("a", ["Sadr"])], [mention("b", "Sadr")], "e.yaml")).toHaveLength(1);
  });
});
