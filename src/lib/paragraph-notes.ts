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

/**
 * For each report and block: the shared quotes it carries, with the other
 * reports' paragraphs whose wording matched it directly.
 */
export function quoteNotes(quotes: readonly SharedQuote[]): NotesByBlock<QuoteNote> {
  const notes: NotesByBlock<QuoteNote> = new Map();
  for (const quote of quotes) {
    const neighbours = new Map<string, Map<string, BlockRef>>();
    const key = (ref: BlockRef) => `${ref.report}#${ref.block}`;
    const link = (from: BlockRef | undefined, to: BlockRef | undefined) => {
      if (!from || !to || from.report === to.report) return;
      const set = neighbours.get(key(from)) ?? new Map<string, BlockRef>();
      set.set(key(to), { report: to.report, block: to.block });
      neighbours.set(key(from), set);
    };
    for (const [a, b] of quote.matches) {
      link(quote.occurrences[a], quote.occurrences[b]);
      link(quote.occurrences[b], quote.occurrences[a]);
    }
    const order = new Map(quote.occurrences.map((o, index) => [key(o), index]));
    for (const [place, others] of neighbours) {
      const [report = "", block = ""] = place.split("#");
      const sorted = [...others.values()].sort((x, y) => (order.get(key(x)) ?? 0) - (order.get(key(y)) ?? 0));
      add(notes, report, block, { quote: quote.id, speaker: quote.speaker, others: sorted });
    }
  }
  return notes;
}

/** For each report: the claims it states, noted at the first paragraph it is cited at, with the others' versions. */
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
      // One note per report and claim, at the first paragraph cited: a
      // note repeated under each cited paragraph would crowd the text.
      const first = account.cite[0];
      if (first) {
        add(notes, account.report, `p-${first.paragraph}`, {
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
