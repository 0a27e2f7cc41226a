import { z } from "astro/zod";
import { claimSchema } from "../claims/schema.ts";
import { entitySchema } from "../entities/schema.ts";
import { reportSchema } from "../reports/schema.ts";
import { timelineEventSchema } from "../timeline/schema.ts";

/*
 * The shapes of the open data in /data/: the content schemas where a file
 * holds content as it is, and output schemas of their own for what the
 * build works out (text blocks, mentions, shared quotes). Each file's JSON
 * Schema is made from these by zod's toJSONSchema, never written by hand.
 */

/** A block of a report's text, in page order. */
export const textBlockSchema = z.object({
  /** The fragment id on the report page: `p-N` for a paragraph, `fig-N` for a caption or post; none for a subheading. */
  id: z.string().nullable(),
  kind: z.enum(["paragraph", "figure", "heading"]),
  /** The block's text, as the report prints it. */
  text: z.string(),
});

/** One report: its page, its frontmatter (provenance) and its text. */
export const reportOutputSchema = z.object({
  slug: z.string(),
  /** The report's page in the archive. */
  url: z.url(),
  /** The frontmatter of content/reports/<slug>.md, as src/lib/reports/schema.ts documents it. */
  frontmatter: reportSchema,
  blocks: z.array(textBlockSchema),
});

/** A name in the words around it. */
const snippetSchema = z.object({ before: z.string(), match: z.string(), after: z.string() });

/** One mention of an entity in a report. */
export const mentionSchema = z.object({
  report: z.string(),
  /** The block's fragment id: `p-N` or `fig-N`. */
  block: z.string(),
  /** The entity's id in entities.json. */
  entity: z.string(),
  /** The spelling the report uses. */
  spelling: z.string(),
  /** Offsets of the spelling in the block's text, in UTF-16 code units. */
  start: z.number().int(),
  end: z.number().int(),
  snippet: snippetSchema,
});

/** An entity with the spellings the reports use and its mentions. */
export const entityOutputSchema = z.object({
  ...entitySchema.shape,
  /** Each spelling with the reports that use it and how often. */
  spellings: z.array(
    z.object({
      spelling: z.string(),
      reports: z.array(z.object({ slug: z.string(), count: z.number().int() })),
    }),
  ),
  mentions: z.array(mentionSchema.omit({ entity: true })),
});

/** A statement quoted in more than one report, each report's wording kept. */
export const quoteOutputSchema = z.object({
  /** The anchor on /quotes/. */
  id: z.string(),
  /** The speaker's entity id, where the text says who spoke. */
  speaker: z.string().nullable(),
  occurrences: z.array(
    z.object({
      report: z.string(),
      block: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      text: z.string(),
      /** The wording's number: copies with the same words given to the same speaker share one. */
      wording: z.number().int(),
    }),
  ),
});

/** Every JSON file of /data/ and the schema of its contents. */
export const OPEN_DATA_SCHEMAS = {
  "reports.json": z.array(reportOutputSchema),
  "entities.json": z.array(entityOutputSchema),
  "mentions.json": z.array(mentionSchema),
  "claims.json": z.array(claimSchema),
  "timeline.json": z.array(timelineEventSchema),
  "quotes.json": z.array(quoteOutputSchema),
} as const;

export type OpenDataJson = keyof typeof OPEN_DATA_SCHEMAS;

/** `reports.json` → `reports.schema.json`. */
export function schemaFileOf(file: string): string {
  return file.replace(/\.json$/, ".schema.json");
}

/** A file's JSON Schema (draft 2020-12), made by zod from its schema. */
export function jsonSchemaOf(file: OpenDataJson, url: string): Record<string, unknown> {
  const schema = z.toJSONSchema(OPEN_DATA_SCHEMAS[file], { io: "output", unrepresentable: "any" });
  return { ...schema, $id: url, title: file };
}
