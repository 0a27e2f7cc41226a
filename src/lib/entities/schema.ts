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

/** One entry of content/entities.yaml. */
export const entitySchema = z.object({
  /** URL slug: the page is /entities/<id>/. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  /** The name the archive uses for it. */
  name: z.string().min(1),
  kind: z.enum(ENTITY_KINDS),
  /** One line, grounded in what the reports say. */
  description: z.string().min(1),
  /**
   * Every spelling that occurs in the reports, matched case for case as a
   * whole word. Each must occur in some report and belong to one entity only.
   */
  aliases: z.array(z.string().trim().min(1)).min(1, "needs at least one alias"),
  /**
   * For a spokesman or a group's official: the entities he speaks for. A
   * quotation given to him in one report and to the body in another (Ned
   * Price / the State Department) is then one speaker's.
   */
  speaksFor: z.array(z.string()).optional(),
});

export type Entity = z.infer<typeof entitySchema>;
