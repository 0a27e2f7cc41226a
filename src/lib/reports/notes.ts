import { isStated, type Claim } from "../claims/schema.ts";
import { formatCount } from "../format.ts";
import { quotePages } from "../quotes/quotes-page.ts";
import type { SharedQuote } from "../quotes/shared-quotes.ts";

/** A place in another report. */
export interface BlockRef {
  report: string;
  block: string;
}

/**
 * How many other places a paragraph's "also quoted in" names: a statement
 * wire copy carried into hundreds of reports would otherwise list them all
 * on every one of those pages, and the archive would grow with the square
 * of its size. The rest are counted; /quotes/ sets the wordings side by side.
 */
export const QUOTE_PLACES_SHOWN = 6;

/** "Also quoted in": the other reports' paragraphs carrying a quotation of this paragraph. */
export interface QuoteNote {
  quote: string;
  /** The page of /quotes/ the quote stands on. */
  page: number;
  speaker?: string | undefined;
  /** The first QUOTE_PLACES_SHOWN of them, in the quote's order. */
  others: BlockRef[];
  /** How many more there are. */
  more: number;
}

/** "Other reports differ": what the others say on a claim cited at this paragraph. */
export interface ClaimNote {
  claim: string;
  question: string;
  says: string;
  /** Up to CLAIM_OTHERS_SHOWN other reports' versions, those stating the claim first, in the claim's order. */
  others: { report: string; says?: string | undefined; block?: string | undefined }[];
  /** How many other reports account for the claim beyond those. */
  more: number;
  /** Of those, how many state it. */
  moreStating: number;
}

type NotesByBlock<T> = Map<string, Map<string, T[]>>;

function add<T>(notes: NotesByBlock<T>, report: string, block: string, note: T): void {
  const byBlock = notes.get(report) ?? new Map<string, T[]>();
  const list = byBlock.get(block);
  if (list) list.push(note);
  else byBlock.set(block, [note]);
  notes.set(report, byBlock);
}

const placeKey = (ref: BlockRef) => `${ref.report}#${ref.block}`;

/** Places (paragraphs) carrying a set of wordings, in the quote's order, each once, with a count per report. */
interface Places {
  list: BlockRef[];
  perReport: Map<string, number>;
}

/** The places of the given wordings' occurrences (`byWording` lists each wording's occurrence indexes). */
function placesOf(
  quote: SharedQuote,
  wordings: ReadonlySet<number>,
  byWording: ReadonlyMap<number, number[]>,
): Places {
  const indexes = [...wordings].flatMap((wording) => byWording.get(wording) ?? []).sort((a, b) => a - b);
  const seen = new Set<string>();
  const places: Places = { list: [], perReport: new Map() };
  for (const index of indexes) {
    const occurrence = quote.occurrences[index];
    const key = occurrence ? placeKey(occurrence) : "";
    if (!occurrence || seen.has(key)) continue;
    seen.add(key);
    places.list.push({ report: occurrence.report, block: occurrence.block });
    places.perReport.set(occurrence.report, (places.perReport.get(occurrence.report) ?? 0) + 1);
  }
  return places;
}

/**
 * For each report and block: the shared quotes it carries, with the other
 * reports' paragraphs whose wording matched it directly. Paragraphs whose
 * wordings match the same set share one list of places, worked out once,
 * so a statement repeated across the archive costs time in proportion to
 * its copies.
 */
export function quoteNotes(quotes: readonly SharedQuote[]): NotesByBlock<QuoteNote> {
  const notes: NotesByBlock<QuoteNote> = new Map();
  const pages = quotePages(quotes);
  for (const quote of quotes) {
    const matched = new Map<number, Set<number>>();
    const pair = (a: number, b: number) => matched.set(a, (matched.get(a) ?? new Set()).add(b));
    for (const [a, b] of quote.matches) {
      pair(a, b);
      pair(b, a);
    }
    // Each block of this quote: the wordings any of its own wordings matched.
    const blocks = new Map<string, { ref: BlockRef; wordings: Set<number> }>();
    const byWording = new Map<number, number[]>();
    quote.occurrences.forEach((occurrence, index) => {
      const wording = quote.wordings[index] ?? -1;
      const list = byWording.get(wording);
      if (list) list.push(index);
      else byWording.set(wording, [index]);
      const key = placeKey(occurrence);
      const entry = blocks.get(key) ?? { ref: occurrence, wordings: new Set<number>() };
      for (const other of matched.get(wording) ?? []) entry.wordings.add(other);
      blocks.set(key, entry);
    });
    const placesBySet = new Map<string, Places>();
    for (const { ref, wordings } of blocks.values()) {
      if (wordings.size === 0) continue;
      const setKey = [...wordings].sort((a, b) => a - b).join(",");
      let places = placesBySet.get(setKey);
      if (!places) {
        places = placesOf(quote, wordings, byWording);
        placesBySet.set(setKey, places);
      }
      const total = places.list.length - (places.perReport.get(ref.report) ?? 0);
      if (total === 0) continue;
      const others: BlockRef[] = [];
      for (const place of places.list) {
        if (others.length === QUOTE_PLACES_SHOWN) break;
        if (place.report !== ref.report) others.push(place);
      }
      add(notes, ref.report, ref.block, {
        quote: quote.id,
        page: pages.get(quote.id) ?? 1,
        speaker: quote.speaker,
        others,
        more: total - others.length,
      });
    }
  }
  return notes;
}

/**
 * How many other reports a claim note lists, those that state the claim
 * first: with thousands of reports accounting for a claim, the note of
 * each would otherwise list them all. The rest are counted; /compare/ has
 * every version.
 */
export const CLAIM_OTHERS_SHOWN = 6;

/** For each report: the claims it states, noted at the first paragraph it is cited at, with the others' versions. */
export function claimNotes(claims: readonly Claim[]): NotesByBlock<ClaimNote> {
  const notes: NotesByBlock<ClaimNote> = new Map();
  for (const claim of claims) {
    const position = new Map(claim.accounts.map((account, index) => [account, index]));
    const stated = claim.accounts.filter(isStated);
    // Any one report's list comes from the first few of each kind, with
    // one to spare for the report itself.
    const statedShortlist = stated.slice(0, CLAIM_OTHERS_SHOWN + 1);
    // The reports that do not state it are named only where every other
    // report fits the list; in a larger archive the closing line counts them.
    const everyOneFits = claim.accounts.length - 1 <= CLAIM_OTHERS_SHOWN;
    const silentShortlist = everyOneFits ? claim.accounts.filter((account) => !isStated(account)) : [];
    for (const account of stated) {
      // One note per report and claim, at the first paragraph cited: a
      // note repeated under each cited paragraph would crowd the text.
      const first = account.cite[0];
      if (!first) continue;
      const shown = [...statedShortlist, ...silentShortlist]
        .filter((other) => other.report !== account.report)
        .slice(0, CLAIM_OTHERS_SHOWN)
        .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
      add(notes, account.report, `p-${first.paragraph}`, {
        claim: claim.id,
        question: claim.question,
        says: account.says,
        others: shown.map((other) =>
          isStated(other)
            ? { report: other.report, says: other.says, block: `p-${other.cite[0]?.paragraph ?? 1}` }
            : { report: other.report },
        ),
        more: claim.accounts.length - 1 - shown.length,
        moreStating: stated.length - 1 - shown.filter(isStated).length,
      });
    }
  }
  return notes;
}

/** The line closing a claim note's list: the other reports not listed, and whether they state the claim. */
export function claimOthersNotListed(note: Pick<ClaimNote, "more" | "moreStating">): string {
  const { more, moreStating } = note;
  const reports = `and ${formatCount(more, "other report")}`;
  if (moreStating === 0) return `${reports} that ${more === 1 ? "does" : "do"} not state it`;
  if (moreStating === more) return `${reports} that ${more === 1 ? "states" : "state"} it`;
  return `${reports}, ${moreStating.toLocaleString("en-GB")} of them stating it`;
}

/**
 * How many links a paragraph's note may show before it folds away: one
 * quotation named in a few other reports reads as a line; more than that,
 * or any claim, is a note the reader opens.
 */
export const NOTE_LINKS_SHOWN_OPEN = 4;

/** Whether a paragraph's notes are shown folded, and the line that stands for them while they are. */
export function noteSummary(
  quotes: readonly QuoteNote[],
  claims: readonly ClaimNote[],
  labels: ReadonlyMap<string, string>,
): { folded: boolean; summary: string } {
  const links = quotes.reduce((sum, note) => sum + note.others.length + 1, 0);
  const folded = claims.length > 0 || links > NOTE_LINKS_SHOWN_OPEN;
  const parts: string[] = [];
  if (quotes.length > 0) {
    const reports = [...new Set(quotes.flatMap((note) => note.others.map((ref) => ref.report)))];
    const named = reports.slice(0, 3).map((report) => labels.get(report) ?? report);
    const more = reports.length > named.length || quotes.some((note) => note.more > 0);
    parts.push(`Also quoted in ${named.join(", ")}${more ? " and others" : ""}`);
  }
  if (claims.length === 1) parts.push(`Other reports differ: ${claims[0]?.question ?? ""}`);
  if (claims.length > 1) parts.push(`Other reports differ on ${formatCount(claims.length, "point")}`);
  return { folded, summary: parts.join(" · ") };
}
