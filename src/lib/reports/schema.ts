import { z } from "astro/zod";
import { SOURCE_FILE_NAME } from "./names.ts";
import { sourceCopyProblem } from "./source-copy.ts";
import { removedChromeProblem } from "./copy-text.ts";

/*
 * The report schema: the frontmatter of each content/reports/<slug>.md,
 * every field documented. src/content.config.ts gives it to the reports
 * collection; the types the labels are made from (src/lib/reports/meta.ts)
 * are inferred from it.
 */

/** A calendar date written `YYYY-MM-DD`, checked to be a real day. */
const isoDate = z.iso.date({ error: "must be a real date written YYYY-MM-DD" });

/** Evidence for who published a report. */
const outlet = z.discriminatedUnion("basis", [
  z.strictObject({
    /** The copy itself names the outlet. */
    basis: z.literal("stated"),
    /** The outlet's name as the archive shows it. */
    name: z.string().min(1),
    /** Where in the copy the outlet is named. */
    note: z.string().min(1).optional(),
  }),
  z.strictObject({
    /** The copy does not name the outlet; matching against republications does. */
    basis: z.literal("attributed"),
    /** The outlet's name as the archive shows it. */
    name: z.string().min(1),
    /** The evidence: what was matched, where, and when. Shown to readers. */
    note: z.string().min(1),
  }),
  z.strictObject({
    /** No outlet could be established. */
    basis: z.literal("unknown"),
    /** What was tried, and what the copy itself suggests. */
    note: z.string().min(1),
  }),
]);

/** A byline, only where one was printed or attributed. */
const author = z.strictObject({
  /** The author's name as printed or attributed. */
  name: z.string().min(1),
  /** `stated`: printed in the copy; `attributed`: from republications. */
  basis: z.enum(["stated", "attributed"]),
  /** The evidence for the attribution. */
  note: z.string().min(1).optional(),
});

/** When the report was published, and how the archive knows. */
const published = z
  .strictObject({
    /**
     * `stated`: printed in the copy; `inferred`: worked out from the text
     * (such as "Sunday" next to a known event); `unknown`: not established,
     * at best a range.
     */
    basis: z.enum(["stated", "inferred", "unknown"]),
    /** The day, for `stated` and `inferred`. */
    date: isoDate.optional(),
    /** The earliest possible day, for `unknown`, where known. */
    earliest: isoDate.optional(),
    /** The latest possible day, for `unknown`, where known. */
    latest: isoDate.optional(),
    /** The evidence, in a sentence. Shown to readers. */
    note: z.string().min(1),
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
  });

/**
 * Another site that ran the same text, named by the provenance. The story's
 * own address there is `url` where it was recorded; otherwise only the
 * site's address is known, and links say so.
 */
const republication = z.strictObject({
  /** The site's name as the provenance gives it, such as `7news.com.au` or `UrduPoint`. */
  name: z.string().min(1),
  /** The site's home address: http or https only. */
  site: z.url({ protocol: /^https?$/, error: "must be an http or https address" }),
  /** The story's own address on that site, where recorded: http or https only. */
  url: z.url({ protocol: /^https?$/, error: "must be an http or https address" }).optional(),
  /** The day the site ran the text, where known; otherwise the report's own publication date applies. */
  date: isoDate.optional(),
});

/** The raw copy a report was made from, pinned by hash. */
const source = z.strictObject({
  /** File name in content/sources/, which keeps the copy byte for byte. */
  file: z.string().regex(SOURCE_FILE_NAME, "must be a .txt file name in content/sources/"),
  /** sha256 of the copy's bytes: the build fails when the file does not match. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
});

/**
 * One report: frontmatter of content/reports/<slug>.md. The slug is the
 * file name (see src/lib/reports/loader.ts). Every object is
 * strict: a key the schema does not know (a misspelt `auther:`) is an
 * error naming it, not a field silently dropped.
 */
export const reportSchema = z
  .strictObject({
    /** The report's address, when it must differ from the file name; unique across reports. */
    slug: z.string().optional(),
    /** The headline. */
    title: z.string().min(1),
    /**
     * Where the headline comes from: `printed` in the copy, taken from a
     * `republication` of the same text, or `supplied` by the archive.
     * Titles not printed in the copy are shown in square brackets.
     */
    titleSource: z.enum(["printed", "republication", "supplied"]),
    /** Where a title not printed in the copy comes from. */
    titleNote: z.string().min(1).optional(),
    /** The standfirst, when the copy prints one; shown below the headline. */
    dek: z.string().min(1).optional(),
    /** Who published the report, and on what evidence. */
    outlet,
    /** The byline, where one was printed or attributed. */
    author: author.optional(),
    /** When the report was published, and on what evidence. */
    published,
    /** The place the report was filed from, as its dateline prints it. */
    dateline: z.string().min(1).optional(),
    /** The news agency, for a wire story. */
    wireService: z.enum(["AFP", "AP", "Reuters"]).optional(),
    /** The story's address on the outlet's site, where known: http or https only. */
    originalUrl: z.url({ protocol: /^https?$/, error: "must be an http or https address" }).optional(),
    /** Other sites the provenance names as running the same text, for a report without `originalUrl`. */
    republications: z.array(republication).optional(),
    /** The raw copy in content/sources/ the report was made from, pinned by sha256. */
    source,
    /**
     * The day the copy entered the archive: the date of the commit that
     * added its raw copy to content/sources/ (`git log --diff-filter=A`).
     * Citations give it as the preservation date, and the archive's BagIt
     * package its Bagging-Date; it is data, never the clock, so two builds
     * of the same content are identical.
     */
    preserved: isoDate,
    /**
     * What the importer normalised in the copy's text before making the
     * Markdown; the raw copy keeps its bytes. `lineEndings`: the copy's line
     * breaks were `crlf` (CR LF), `cr` (CR alone) or `mixed`, and are LF in the
     * Markdown; `bom`: a leading byte order mark was dropped. Comparing the page
     * with the copy applies the same normalisation (`normalizeCopy`, in
     * src/lib/reports/copy-text.ts).
     */
    normalized: z
      .strictObject({
        lineEndings: z.enum(["crlf", "cr", "mixed"]).optional(),
        bom: z.literal(true).optional(),
      })
      .optional(),
    /**
     * Page chrome removed from the copy, string for string, in the copy's
     * order. Each string must occur in the copy: the build stops on one that
     * does not, since the record of what was removed would be wrong.
     */
    removedChrome: z.array(z.string().min(1)),
    /** How this copy relates to other versions of the story. */
    revisionNote: z.string().min(1).optional(),
    /** The report's language, as a BCP 47 tag. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a BCP 47 language tag such as en")
      .default("en"),
    /**
     * The importer's guesses. A draft carries them until a person has
     * checked each one; the build refuses a report that still has them.
     */
    review: z
      .array(z.string())
      .optional()
      .refine(
        (value) => value === undefined,
        "the importer's guesses are unconfirmed: check each one, then delete the review list",
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
