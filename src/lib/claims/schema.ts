import { z } from "astro/zod";
import { paragraphCitation } from "../content/citations.ts";
import { position } from "../content/file-order.ts";

/** What one report says on a claim, in its own words. */
const statedAccount = z.strictObject({
  /** The report's slug. */
  report: z.string().min(1),
  /** A short summary of what the report says, shown side by side with the others. */
  says: z.string().min(1),
  /** The number the report gives, for claims that are counts (drawn as a bar). */
  value: z.number().nonnegative().optional(),
  /** The report gives a lower bound: "at least", "more than", "over". */
  atLeast: z.boolean().optional(),
  /** The report gives a range from `value` up to this. */
  upTo: z.number().nonnegative().optional(),
  /** Where the report says it: one or more paragraphs, each with an exact snippet. */
  cite: z.array(paragraphCitation).min(1),
});

/** The report does not say. */
const silentAccount = z.strictObject({
  report: z.string().min(1),
  notStated: z.literal(true),
});

export const accountSchema = z.union([statedAccount, silentAccount]);

/** One entry of content/claims.yaml: a fact the reports differ on. */
export const claimSchema = z.object({
  /** The anchor on /compare/ (`#<id>`). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  /** The question, as a reader would ask it. */
  question: z.string().min(1),
  /** For counts: what is counted, labelling the chart ("drones"). */
  unit: z.string().min(1).optional(),
  /** One account per report, every report once. */
  accounts: z.array(accountSchema).min(2),
  position,
});

export type Claim = z.infer<typeof claimSchema>;
export type Account = z.infer<typeof accountSchema>;
export type StatedAccount = z.infer<typeof statedAccount>;

export function isStated(account: Account): account is StatedAccount {
  return !("notStated" in account);
}
