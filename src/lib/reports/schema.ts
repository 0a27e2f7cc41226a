import { z } from "astro/zod";
import { SOURCE_FILE_NAME } from "./names.ts";
import { sourceCopyProblem } from "./source-copy.ts";
import { removedChromeProblem } from "./copy-text.ts";

/*
 * The report schema: the frontmatter of each content/reports/<slug>.md.
 * src/content.config.ts gives it to the reports collection; the types the
 * labels are made from (src/lib/reports/meta.ts) are inferred from it. Each
 * field's `.describe()` is its documentation: it says what the field holds,
 * and the open data's JSON Schema (reports.schema.json) carries it to the
 * readers of /data/reports.json.
 */

/** A calendar date written `YYYY-MM-DD`, checked to be a real day. */
const isoDate = z.iso.date({ error: "must be a real date written YYYY-MM-DD" });

/** An http or https address: the only schemes a report links to. */
const webAddress = () => z.url({ protocol: /^https?$/, error: "must be an http or https address" });

const outletName = z.string().min(1).describe("The outlet's name as the archive shows it, such as `AP`.");

const outlet = z
  .discriminatedUnion("basis", [
    z.strictObject({
      basis: z.literal("stated").describe("`stated`: the copy itself names the outlet."),
      name: outletName,
      note: z.string().min(1).optional().describe("Where in the copy the outlet is named."),
    }),
    z.strictObject({
      basis: z
        .literal("attributed")
        .describe(
          "`attributed`: the copy does not name the outlet; matching it against republications does.",
        ),
      name: outletName,
      note: z
        .string()
        .min(1)
        .describe("The evidence for the attribution: what was matched, where, and when. Shown to readers."),
    }),
    z.strictObject({
      basis: z.literal("unknown").describe("`unknown`: no outlet could be established."),
      note: z.string().min(1).describe("What was tried, and what the copy itself suggests about its outlet."),
    }),
  ])
  .describe("Who published the report, and on what evidence (`basis`).");

const author = z
  .strictObject({
    name: z.string().min(1).describe("The author's name as printed in the copy or attributed."),
    basis: z
      .enum(["stated", "attributed"])
      .describe("`stated`: the byline is printed in the copy; `attributed`: it comes from republications."),
    note: z.string().min(1).optional().describe("The evidence for an attributed byline."),
  })
  .describe("The byline, only where one was printed in the copy or attributed on evidence.");

const published = z
  .strictObject({
    basis: z
      .enum(["stated", "inferred", "unknown"])
      .describe(
        "How the archive knows the day: `stated`: printed in the copy; `inferred`: worked out from the text " +
          '(such as "Sunday" next to a known event); `unknown`: not established, at best a range.',
      ),
    date: isoDate
      .optional()
      .describe("The day of publication, `YYYY-MM-DD`; present for `stated` and `inferred` only."),
    earliest: isoDate.optional().describe("For an `unknown` date: the earliest possible day, where known."),
    latest: isoDate.optional().describe("For an `unknown` date: the latest possible day, where known."),
    note: z.string().min(1).describe("The evidence for the date, in a sentence. Shown to readers."),
  })
  .superRefine((value, context) => {
    if (value.basis !== "unknown" && !value.date) {
      context.addIssue({
        code: "custom",
        path: ["date"],
        message: `a ${value.basis} publication date needs a date`,
      });
    }
    if (value.basis === "unknown" && value.date) {
      context.addIssue({
        code: "custom",
        path: ["date"],
        message: "an unknown publication date cannot carry a date; use earliest and latest",
      });
    }
    if (value.earliest && value.latest && value.earliest > value.latest) {
      context.addIssue({
        code: "custom",
        path: ["latest"],
        message: `latest (${value.latest}) is before earliest (${value.earliest})`,
      });
    }
  })
  .describe("When the report was published, and how the archive knows (`basis`).");

const republication = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe("The site's name as the provenance gives it, such as `7news.com.au` or `UrduPoint`."),
    site: webAddress().describe("The site's home address."),
    url: webAddress()
      .optional()
      .describe(
        "The story's own address on that site, where it was recorded; otherwise only `site` is known.",
      ),
    date: isoDate
      .optional()
      .describe(
        "The day the site ran the text, where known; otherwise the report's own publication date applies.",
      ),
  })
  .describe("Another site that ran the same text, as the provenance names it.");

const source = z
  .strictObject({
    file: z
      .string()
      .regex(SOURCE_FILE_NAME, "must be a .txt file name in content/sources/")
      .describe(
        "The raw copy's file name: content/sources/<file> in the repository, data/sources/<file> in the archive's BagIt package.",
      ),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits")
      .describe(
        "The sha256 of the raw copy's bytes, in lowercase hex; the build fails when the file does not match.",
      ),
  })
  .describe("The raw copy the report was made from, kept byte for byte and pinned by its hash.");

/*
 * The slug is the file name (see src/lib/reports/loader.ts). Every object
 * is strict: a key the schema does not know (a misspelt `auther:`) is an
 * error naming it, not a field silently dropped.
 */
export const reportSchema = z
  .strictObject({
    slug: z
      .string()
      .optional()
      .describe(
        "The report's address in the archive, where it differs from its file name; unique across reports.",
      ),
    title: z.string().min(1).describe("The headline, word for word."),
    titleSource: z
      .enum(["printed", "republication", "supplied"])
      .describe(
        "Where the headline comes from: `printed` in the copy, taken from a `republication` of the same text, " +
          "or `supplied` by the archive. Pages show a title not printed in the copy in square brackets.",
      ),
    titleNote: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Where a title not printed in the copy comes from; present whenever `titleSource` is not `printed`.",
      ),
    dek: z.string().min(1).optional().describe("The standfirst, where the copy prints one."),
    outlet,
    author: author.optional(),
    published,
    dateline: z
      .string()
      .min(1)
      .optional()
      .describe("The place the report was filed from, as its dateline prints it."),
    wireService: z.enum(["AFP", "AP", "Reuters"]).optional().describe("The news agency, for a wire story."),
    originalUrl: webAddress()
      .optional()
      .describe("The story's address on the outlet's own site, where known."),
    republications: z
      .array(republication)
      .optional()
      .describe(
        "Other sites the provenance names as running the same text, for a report without `originalUrl`.",
      ),
    source,
    // Data, never the clock: two builds of the same content are identical.
    preserved: isoDate.describe(
      "The day the copy entered the archive, `YYYY-MM-DD`: the date of the commit that added its raw copy " +
        "(`git log --diff-filter=A`). Citations give it as the preservation date, and the BagIt package its Bagging-Date.",
    ),
    // Comparing the page with the copy applies the same normalisation: normalizeCopy() in src/lib/reports/copy-text.ts.
    normalized: z
      .strictObject({
        lineEndings: z
          .enum(["crlf", "cr", "mixed"])
          .optional()
          .describe(
            "The copy's line breaks were `crlf` (CR LF), `cr` (CR alone) or `mixed`; the Markdown has LF.",
          ),
        bom: z
          .literal(true)
          .optional()
          .describe("`true`: a byte order mark at the start of the copy was dropped."),
      })
      .optional()
      .describe(
        "What was normalised in the copy's text before it became the Markdown; the raw copy keeps its bytes.",
      ),
    removedChrome: z
      .array(z.string().min(1))
      .describe(
        "Page chrome (related-story links, button labels, error messages) removed from the copy, string for string, in the copy's order. " +
          "Each string occurs in the raw copy: the build stops on one that does not.",
      ),
    revisionNote: z
      .string()
      .min(1)
      .optional()
      .describe("How this copy relates to other versions of the story."),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a BCP 47 language tag such as en")
      .default("en")
      .describe("The report's language, as a BCP 47 tag."),
    review: z
      .array(z.string())
      .optional()
      .refine(
        (value) => value === undefined,
        "the importer's guesses are unconfirmed: check each one, then delete the review list",
      )
      .describe(
        "The importer's guesses, which a draft carries until a person has checked each one. " +
          "Never present in published data: the build refuses a report that still has them.",
      ),
  })
  .superRefine((value, context) => {
    if (value.titleSource !== "printed" && !value.titleNote) {
      context.addIssue({
        code: "custom",
        path: ["titleNote"],
        message: `a ${value.titleSource} title needs a titleNote saying where it comes from`,
      });
    }
    const problem = sourceCopyProblem(value.source.file, value.source.sha256);
    if (problem) {
      context.addIssue({ code: "custom", path: ["source", problem.field], message: problem.message });
      return;
    }
    const chrome = removedChromeProblem(value.source.file, value.removedChrome);
    if (chrome)
      context.addIssue({ code: "custom", path: ["removedChrome", chrome.index], message: chrome.message });
  });

/** A report's frontmatter, as the collection's entries carry it. */
export type ReportData = z.output<typeof reportSchema>;
