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

const reportSlug = z.string().describe("The report's slug, as in reports.json.");
const blockId = z
  .string()
  .describe(
    "The block's fragment id on the report page: `p-N` for a paragraph, `fig-N` for a caption or post.",
  );
/** Offsets count UTF-16 code units, as JavaScript's string indexes do. */
const offset = (what: string) => z.number().int().describe(`${what}, in UTF-16 code units.`);

/** A block of a report's text, in page order. */
export const textBlockSchema = z.object({
  id: z
    .string()
    .nullable()
    .describe(
      "The block's fragment id on the report page: `p-N` for a paragraph, `fig-N` for a caption or post; null for a subheading.",
    ),
  kind: z
    .enum(["paragraph", "figure", "heading"])
    .describe(
      "A `paragraph` of the text, a `figure` (a photo's caption or an embedded post), or a subheading.",
    ),
  text: z.string().describe("The block's plain text, word for word as the report prints it."),
});

/** One report: its page, its frontmatter (provenance) and its text. */
export const reportOutputSchema = z.object({
  slug: z
    .string()
    .describe("The report's id in the archive: its file name in content/reports/ without `.md`."),
  url: z.url().describe("The report's page in the archive."),
  frontmatter: reportSchema.describe(
    "The report's provenance: the frontmatter of content/reports/<slug>.md (outlet, byline, dates, source copy).",
  ),
  blocks: z.array(textBlockSchema).describe("The report's text, block by block, in page order."),
});

/** One mention of an entity in a report. */
export const mentionSchema = z.object({
  report: reportSlug,
  block: blockId,
  entity: z.string().describe("The entity's id in entities.json."),
  spelling: z.string().describe("The spelling the report uses, one of the entity's aliases."),
  start: offset("Where the spelling starts in the block's text"),
  end: offset("Where the spelling ends in the block's text (exclusive)"),
  snippet: z
    .object({
      before: z.string().describe("The words before the name, cut at a word boundary; `…` where cut."),
      match: z.string().describe("The name as the text spells it."),
      after: z.string().describe("The words after the name, cut at a word boundary; `…` where cut."),
    })
    .describe("The name in the words around it, up to 70 characters either side."),
});

/** An entity with the spellings the reports use and its mentions. */
export const entityOutputSchema = z.object({
  ...entitySchema.shape,
  spellings: z
    .array(
      z.object({
        spelling: z.string().describe("One of the entity's aliases."),
        reports: z
          .array(
            z.object({
              slug: reportSlug,
              count: z.number().int().describe("How many times the report uses this spelling."),
            }),
          )
          .describe("The reports that use the spelling."),
      }),
    )
    .describe("Each spelling the reports use, with the reports that use it and how often."),
  mentions: z
    .array(mentionSchema.omit({ entity: true }))
    .describe("Every mention of the entity, as in mentions.json without the entity's id."),
});

/** A statement quoted in more than one report, each report's wording kept. */
export const quoteOutputSchema = z.object({
  id: z.string().describe("The quotation's anchor on /quotes/ (`#<id>`)."),
  speaker: z
    .string()
    .nullable()
    .describe("The speaker's id in entities.json, where the text says who spoke; else null."),
  occurrences: z
    .array(
      z.object({
        report: reportSlug,
        block: blockId,
        start: offset("Where the quotation starts in the block's text, inside its quotation marks"),
        end: offset("Where the quotation ends in the block's text (exclusive), inside its quotation marks"),
        text: z.string().describe("The quotation as this report words it."),
        wording: z
          .number()
          .int()
          .describe(
            "The wording's number, from 0: copies with the same words given to the same speaker share one.",
          ),
      }),
    )
    .describe("Each report's copy of the statement, in the archive's order of reports."),
});

/** Every JSON file of /data/ and the schema of its contents. */
export const OPEN_DATA_SCHEMAS = {
  "reports.json": z
    .array(reportOutputSchema)
    .describe("The archive's news reports, each with its provenance and its text in page order."),
  "entities.json": z
    .array(entityOutputSchema)
    .describe(
      "The people, groups, institutions, countries and places the reports name, with every spelling and mention.",
    ),
  "mentions.json": z
    .array(mentionSchema)
    .describe("Every place a report names an entity, in the archive's order of reports, then in text order."),
  "claims.json": z
    .array(claimSchema)
    .describe("Facts the reports differ on, with each report's account and the paragraphs that give it."),
  "timeline.json": z
    .array(timelineEventSchema)
    .describe("The events the reports describe, each cited to the paragraphs that tell of it."),
  "quotes.json": z
    .array(quoteOutputSchema)
    .describe("Statements quoted in more than one report, each report's wording kept."),
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
