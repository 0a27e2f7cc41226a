import { defineCollection } from "astro:content";
import { dataFileLoader } from "./lib/content/data-file-loader.ts";
import { reportsLoader } from "./lib/reports/loader.ts";
import { reportSchema } from "./lib/reports/schema.ts";
import { claimSchema } from "./lib/claims/schema.ts";
import { entitySchema } from "./lib/entities/schema.ts";
import { timelineSchema } from "./lib/timeline/schema.ts";
import { CLAIMS_FILE } from "./lib/claims/validate.ts";
import { ENTITIES_FILE } from "./lib/entities/validate.ts";
import { TIMELINE_FILE } from "./lib/timeline/validate.ts";

/**
 * The cross-linking data. Each file is checked entry by entry here; the
 * checks across files (an alias occurs in a report, a snippet is in its cited
 * paragraph) run once per build in src/lib/cross-links.ts and stop the build
 * naming the file, the entry and the field.
 */
export const collections = {
  reports: defineCollection({
    loader: reportsLoader(),
    schema: reportSchema,
  }),
  /** People, groups, institutions, countries and places, with every spelling: src/lib/entities/schema.ts. */
  entities: defineCollection({ loader: dataFileLoader(ENTITIES_FILE), schema: entitySchema }),
  /** Facts the reports differ on, each report's version cited: src/lib/claims/schema.ts. */
  claims: defineCollection({
    loader: dataFileLoader(CLAIMS_FILE),
    schema: claimSchema,
  }),
  /** Events the reports describe, cited: src/lib/timeline/schema.ts. */
  timeline: defineCollection({
    loader: dataFileLoader(TIMELINE_FILE),
    schema: timelineSchema,
  }),
};
