import { z } from "astro/zod";
import { paragraphCitation } from "../content/citations.ts";
import { position } from "../content/file-order.ts";

const accountReport = z.string().min(1).describe("The report's slug, as in reports.json.");

/** What one report says on a claim, in its own words. */
const statedAccount = z.strictObject({
  report: accountReport,
  says: z
    .string()
    .min(1)
    .describe("A short summary of what the report says, shown side by side with the other reports'."),
  value: z
    .number()
    .nonnegative()
    .optional()
    .describe("The number the report gives, for a claim that is a count (drawn as a bar on /compare/)."),
  atLeast: z
    .boolean()
    .optional()
    .describe('`true`: `value` is a lower bound ("at least", "more than", "over").'),
  upTo: z
    .number()
    .nonnegative()
    .optional()
    .describe("The report gives a range: from `value` up to this number."),
  cite: z
    .array(paragraphCitation)
    .min(1)
    .describe("Where the report says it: one or more of its paragraphs, each with an exact snippet."),
});

/** The report does not say. */
const silentAccount = z.strictObject({
  report: accountReport,
  notStated: z.literal(true).describe("`true`: the report says nothing on the claim."),
});

export const accountSchema = z.union([statedAccount, silentAccount]);

/** One entry of content/claims.yaml: a fact the reports differ on. Each field's `.describe()` documents it. */
export const claimSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens")
    .describe("The claim's id, lowercase words joined by hyphens: its anchor on /compare/ (`#<id>`)."),
  question: z
    .string()
    .min(1)
    .describe("The question the reports answer differently, as a reader would ask it."),
  unit: z
    .string()
    .min(1)
    .optional()
    .describe('For a count: what is counted ("drones"), the label of its chart.'),
  accounts: z
    .array(accountSchema)
    .min(2)
    .describe("What each report says, or that it says nothing: one account per report, every report once."),
  position,
});

export type Claim = z.infer<typeof claimSchema>;
export type Account = z.infer<typeof accountSchema>;
export type StatedAccount = z.infer<typeof statedAccount>;

export function isStated(account: Account): account is StatedAccount {
  return !("notStated" in account);
}
