import { isStated, type Claim } from "./claims/schema.ts";
import type { SharedQuote } from "./quotes/shared-quotes.ts";

/** A place in another report. */
export interface BlockRef {
  report: string;
  block: string;
}

/** "Also quoted in": the other reports' paragraphs carrying a quotation of this paragraph. */
export interface QuoteNote {
  quote: string;
  speaker?: string | undefined;
  others: BlockRef[];
}

/** "Other reports differ": what the others say on a claim cited at this paragraph. */
export interface ClaimNote {
  claim: string;
  question: string;
  says: string;
  others: { report: string; says?: string | undefined; block?: string | undefined }[];
}

type NotesByBlock<T> = Map<string, Map<string, T[]>>;

function add<T>(notes: NotesByBlock<T>, report: string, block: string, note: T): void {
  const byBlock = notes.get(report) ?? new Map<string, T[]>();
  byBlock.set(block, [...(byBlock.get(block) ?? []), note]);
  notes.set(report, byBlock);
}

/** For each report and block: the shared quotes it carries, with where else each is quoted. */
export function quoteNotes(quotes: readonly SharedQuote[]): NotesByBlock<QuoteNote> {
  const notes: NotesByBlock<QuoteNote> = new Map();
  for (const quote of quotes) {
    const places = new Map<string, BlockRef>();
    for (const o of quote.occurrences)
      places.set(`${o.report}#${o.block}`, { report: o.report, block: o.block });
    for (const place of places.values()) {
      const others = [...places.values()].filter((other) => other.report !== place.report);
      add(notes, place.report, place.block, { quote: quote.id, speaker: quote.speaker, others });
    }
  }
  return notes;
}

/** For each report and cited paragraph: the claims cited there, with the other reports' versions. */
export function claimNotes(claims: readonly Claim[]): NotesByBlock<ClaimNote> {
  const notes: NotesByBlock<ClaimNote> = new Map();
  for (const claim of claims) {
    for (const account of claim.accounts) {
      if (!isStated(account)) continue;
      const others = claim.accounts
        .filter((other) => other.report !== account.report)
        .map((other) =>
          isStated(other)
            ? { report: other.report, says: other.says, block: `p-${other.cite[0]?.paragraph ?? 1}` }
            : { report: other.report },
        );
      for (const paragraph of new Set(account.cite.map((cite) => cite.paragraph))) {
        add(notes, account.report, `p-${paragraph}`, {
          claim: claim.id,
          question: claim.question,
          says: account.says,
          others,
        });
      }
    }
  }
  return notes;
}
