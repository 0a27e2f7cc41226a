import { z } from "astro/zod";

/** What an entity is; the entity index groups by kind in this order. */
export const ENTITY_KINDS = ["person", "group", "institution", "country", "place"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The schema.org type of each kind, for structured data. */
export const ENTITY_KIND_SCHEMA_TYPE: Record<EntityKind, string> = {
  person: "Person",
  group: "Organization",
  institution: "Organization",
  country: "Country",
  place: "Place",
};

export const ENTITY_KIND_LABEL: Record<EntityKind, string> = {
  person: "People",
  group: "Armed groups, alliances and movements",
  institution: "Institutions and bodies",
  country: "Countries and their governments",
  place: "Places",
};

/** One entry of content/entities.yaml; each field's `.describe()` documents it here and in entities.schema.json. */
export const entitySchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens")
    .describe("The entity's id, lowercase words joined by hyphens; its page is /entities/<id>/."),
  name: z.string().min(1).describe("The name the archive uses for the entity."),
  kind: z.enum(ENTITY_KINDS).describe("What the entity is: a person, group, institution, country or place."),
  description: z.string().min(1).describe("One line on who or what it is, grounded in what the reports say."),
  aliases: z
    .array(z.string().trim().min(1))
    .min(1, "needs at least one alias")
    .describe(
      "Every spelling of the entity that occurs in the reports, matched case for case as a whole word. " +
        "Each occurs in some report and belongs to this entity only.",
    ),
  // So a quotation given to Ned Price in one report and to the State Department in another is one speaker's.
  speaksFor: z
    .array(z.string())
    .optional()
    .describe("For a spokesman or a group's official: the ids of the entities he speaks for."),
});

export type Entity = z.infer<typeof entitySchema>;
