import type { Entity } from "../entities/schema.ts";
import { speakerInfo, type AttributedQuote, type QuoteSpan, type SpeakerInfo } from "./attribution.ts";

/** A statement quoted in more than one report. */
export interface SharedQuote {
  /** Anchor on /quotes/. */
  id: string;
  /** The speaker's entity id, where the text says who spoke. */
  speaker?: string | undefined;
  /** Each report's wording, in the order of `reportOrder`, then by position. */
  occurrences: QuoteSpan[];
  /**
   * For each occurrence, its wording's number: copies with the same words
   * given to the same speaker share one, however many reports carry them.
   */
  wordings: number[];
  /**
   * Pairs of wordings that matched each other directly; a wording paired
   * with itself when its copies in different reports match each other. A
   * paragraph's "also quoted in" names only these: the other parts of a
   * long statement are on /quotes/.
   */
  matches: [number, number][];
}

/**
 * Words compared between outlets: lower case, one kind of apostrophe,
 * contractions spelt out ("don’t" → "do not"), hyphens as spaces, and
 * without articles and possessive determiners, in which translations of one
 * statement most often differ.
 */
const DROPPED = new Set(["a", "an", "the", "its", "his", "her", "their", "our", "my", "your"]);

export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/n't\b/g, " not")
    .replace(/[-–]/g, " ")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word.length > 0 && !DROPPED.has(word));
}

/** The span's word n-grams, as strings (a Map keyed by them is the hash table). */
export function wordGrams(words: readonly string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= words.length; i += 1) grams.add(words.slice(i, i + n).join(" "));
  return grams;
}

export interface SharedQuoteOptions {
  /** Words per n-gram. */
  n?: number;
  /** Shared n-grams that link two spans whatever their length. */
  minShared?: number;
  /** Or: the share of the shorter span's n-grams found in the longer one. */
  minCoverage?: number;
  /** Words this long or longer, shared by two quotes of one speaker, link them. */
  keywordLength?: number;
}

/** Words too common to tie two quotes of one speaker together, in English or in this story. */
const COMMON_WORDS = new Set([
  "attack",
  "attacks",
  "iraq's",
  "iraqi",
  "iraqis",
  "against",
  "because",
  "should",
  "would",
  "could",
  "there",
  "their",
  "which",
  "about",
]);

/** One wording of a quotation and every copy of it: what the matching compares. */
interface Wording {
  speaker: string | undefined;
  grams: Set<string>;
  /** Uncommon words that tie two quotes of one speaker together. */
  keywords: string[];
  /** Indexes of its spans. */
  copies: number[];
  reports: Set<string>;
}

/** The spans' distinct wordings (same words, same speaker), in order of first appearance. */
function collectWordings(
  spans: readonly QuoteSpan[],
  speakers: readonly (string | undefined)[],
  n: number,
  keywordLength: number,
): { wordings: Wording[]; wordingOf: number[] } {
  const wordings: Wording[] = [];
  const byKey = new Map<string, number>();
  const wordingOf = spans.map((span, index) => {
    const speaker = speakers[index];
    const words = quoteWords(span.text);
    const key = `${speaker ?? ""}\u0000${words.join(" ")}`;
    let at = byKey.get(key);
    if (at === undefined) {
      at = wordings.length;
      byKey.set(key, at);
      const keywords = speaker
        ? [...new Set(words)].filter((word) => word.length >= keywordLength && !COMMON_WORDS.has(word))
        : [];
      wordings.push({ speaker, grams: wordGrams(words, n), keywords, copies: [], reports: new Set() });
    }
    wordings[at]?.copies.push(index);
    wordings[at]?.reports.add(span.report);
    return at;
  });
  return { wordings, wordingOf };
}

/** Whether two speakers may have said one statement: the same entity, or one speaking for the other. */
function speakersCompatible(info: SpeakerInfo, x: string, y: string): boolean {
  return x === y || (info.speaksFor.get(x) ?? []).includes(y) || (info.speaksFor.get(y) ?? []).includes(x);
}

/**
 * The hash table: each wording under each of its n-grams (`g:`) and, for
 * a quote with a speaker, each of its keywords (`w:`, one speaker's only).
 */
function bucketWordings(wordings: readonly Wording[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  const put = (key: string, index: number) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(index);
    else buckets.set(key, [index]);
  };
  wordings.forEach((wording, index) => {
    for (const gram of wording.grams) put(`g:${gram}`, index);
    for (const word of wording.keywords) put(`w:${wording.speaker ?? ""}:${word}`, index);
  });
  return buckets;
}

/**
 * Wordings joined into groups (union-find), never joining two groups whose
 * speakers disagree: a wording without a speaker matches any speaker's, but
 * must not carry two speakers' statements into one group, which chains of
 * such wordings would do as the archive grows. Records each direct match.
 */
class WordingGroups {
  private readonly parent: number[];
  /** The speakers each group holds, by its root. */
  private readonly speakers = new Map<number, string[]>();
  /** Pairs of wordings that matched directly, keyed by pair. */
  readonly links = new Map<number, [number, number]>();

  private readonly size: number;
  private readonly info: SpeakerInfo;

  constructor(wordings: readonly Wording[], info: SpeakerInfo) {
    this.size = wordings.length;
    this.info = info;
    this.parent = wordings.map((_, index) => index);
    wordings.forEach((wording, index) => {
      if (wording.speaker) this.speakers.set(index, [wording.speaker]);
    });
  }

  find(i: number): number {
    const parent = this.parent;
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    // Path compression keeps every later find short.
    for (let at = i; parent[at] !== root;) [at, parent[at]] = [parent[at] ?? root, root];
    return root;
  }

  link(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) {
      const x = this.speakers.get(rootA) ?? [];
      const y = this.speakers.get(rootB) ?? [];
      if (!x.every((one) => y.every((other) => speakersCompatible(this.info, one, other)))) return;
      this.parent[rootA] = rootB;
      this.speakers.set(rootB, [...y, ...x.filter((speaker) => !y.includes(speaker))]);
    }
    this.links.set(a * this.size + b, [a, b]);
  }
}

/**
 * Links the wordings that match: copies of one wording in different
 * reports, two wordings sharing a keyword, and two sharing enough n-grams.
 * Wordings are compared only within the buckets they share.
 */
function linkMatches(
  wordings: readonly Wording[],
  buckets: ReadonlyMap<string, readonly number[]>,
  groups: WordingGroups,
  info: SpeakerInfo,
  { minShared, minCoverage }: { minShared: number; minCoverage: number },
): void {
  const compatible = (a: Wording, b: Wording): boolean =>
    !a.speaker || !b.speaker || speakersCompatible(info, a.speaker, b.speaker);
  /** Whether some copy of one stands in another report than some copy of the other. */
  const apart = (a: Wording, b: Wording): boolean =>
    a.reports.size > 1 || b.reports.size > 1 || [...a.reports][0] !== [...b.reports][0];
  // Copies of one wording in different reports match each other, as any
  // two identical spans would: by their n-grams, or by a keyword.
  wordings.forEach((wording, index) => {
    if (wording.reports.size > 1 && (wording.grams.size > 0 || wording.keywords.length > 0))
      groups.link(index, index);
  });
  const sharedGrams = new Map<number, number>();
  for (const [key, members] of buckets) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i] ?? 0;
        const b = members[j] ?? 0;
        const x = wordings[a];
        const y = wordings[b];
        if (!x || !y || !apart(x, y) || !compatible(x, y)) continue;
        if (key.startsWith("w:")) groups.link(a, b);
        else sharedGrams.set(a * wordings.length + b, (sharedGrams.get(a * wordings.length + b) ?? 0) + 1);
      }
    }
  }
  for (const [pair, shared] of sharedGrams) {
    const a = Math.floor(pair / wordings.length);
    const b = pair % wordings.length;
    const smaller = Math.min(wordings[a]?.grams.size ?? 0, wordings[b]?.grams.size ?? 0);
    if (shared >= minShared || (smaller > 0 && shared / smaller >= minCoverage)) groups.link(a, b);
  }
}

/** Everything one group of wordings needs to become a shared quote. */
interface GroupContext {
  spans: readonly AttributedQuote[];
  wordings: readonly Wording[];
  wordingOf: readonly number[];
  info: SpeakerInfo;
  byPosition: (a: QuoteSpan, b: QuoteSpan) => number;
}

/**
 * One group of linked wordings as a shared quote (its id given later), or
 * `undefined` when all its copies stand in one report. The speaker is the
 * one most of its copies are given to, people counting double.
 */
function sharedQuoteOf(
  members: readonly number[],
  links: readonly [number, number][],
  { spans, wordings, wordingOf, info, byPosition }: GroupContext,
): SharedQuote | undefined {
  const reports = new Set(members.flatMap((index) => [...(wordings[index]?.reports ?? [])]));
  if (reports.size < 2) return undefined;
  // Votes are counted in the spans' own order, so a tie goes the same way however the wordings fell.
  const copies = members.flatMap((index) => wordings[index]?.copies ?? []).sort((a, b) => a - b);
  const votes = new Map<string, number>();
  for (const index of copies) {
    const speaker = spans[index]?.speaker;
    if (speaker)
      votes.set(speaker, (votes.get(speaker) ?? 0) + (info.kinds.get(speaker) === "person" ? 2 : 1));
  }
  const speaker = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sorted = [...copies].sort((a, b) => (spans[a] && spans[b] ? byPosition(spans[a], spans[b]) : 0));
  // Wordings numbered in order of first appearance on /quotes/.
  const local = new Map<number, number>();
  for (const index of sorted) {
    const wording = wordingOf[index] ?? 0;
    if (!local.has(wording)) local.set(wording, local.size);
  }
  return {
    id: "",
    speaker,
    occurrences: sorted.flatMap((index) => {
      const span = spans[index];
      return span
        ? [{ report: span.report, block: span.block, start: span.start, end: span.end, text: span.text }]
        : [];
    }),
    wordings: sorted.map((index) => local.get(wordingOf[index] ?? 0) ?? 0),
    matches: links.map(([a, b]): [number, number] => [local.get(a) ?? 0, local.get(b) ?? 0]),
  };
}

/** Anchors on /quotes/: the speaker's id (or `unattributed`) and a count, in page order. */
function assignIds(quotes: SharedQuote[]): void {
  const used = new Map<string, number>();
  for (const quote of quotes) {
    const stem = quote.speaker ?? "unattributed";
    const count = (used.get(stem) ?? 0) + 1;
    used.set(stem, count);
    quote.id = `${stem}-${count}`;
  }
}

/**
 * Finds statements quoted in more than one report. Copies of one wording
 * given to one speaker are compared once, as a single wording, so a
 * statement repeated by a thousand reports costs one comparison, not a
 * million. Each wording's word n-grams go into one hash table; wordings
 * that meet in a bucket are counted as sharing that n-gram, and linked when
 * they share enough: different cuts of one sentence, or a sentence
 * translated slightly differently. Two quotes given to one speaker are also
 * linked by a shared uncommon word ("cowardly"), which catches different
 * translations of one statement. Quotes given to different speakers are
 * never linked (the EU's "must be held accountable" is not Biden's), nor
 * joined through a quotation without a speaker that matches both, nor are
 * copies that all stand in one report. Linked wordings form a shared quote.
 * Work grows with the distinct quoted text: wordings are only ever compared
 * within the buckets they share, never all against all.
 */
export function findSharedQuotes(
  spans: readonly AttributedQuote[],
  entities: readonly Entity[],
  reportOrder: readonly string[],
  { n = 3, minShared = 4, minCoverage = 0.5, keywordLength = 6 }: SharedQuoteOptions = {},
): SharedQuote[] {
  const info = speakerInfo(entities);
  const { wordings, wordingOf } = collectWordings(
    spans,
    spans.map((span) => span.speaker),
    n,
    keywordLength,
  );
  const groups = new WordingGroups(wordings, info);
  linkMatches(wordings, bucketWordings(wordings), groups, info, { minShared, minCoverage });

  const members = Map.groupBy(
    wordings.map((_, index) => index),
    (index) => groups.find(index),
  );
  const linksByGroup = Map.groupBy(groups.links.values(), (pair) => groups.find(pair[0]));
  const rank = new Map(reportOrder.map((slug, index) => [slug, index]));
  const byPosition = (a: QuoteSpan, b: QuoteSpan) =>
    (rank.get(a.report) ?? 0) - (rank.get(b.report) ?? 0) ||
    blockOrder(a.block) - blockOrder(b.block) ||
    a.start - b.start;
  const context: GroupContext = { spans, wordings, wordingOf, info, byPosition };
  const quotes = [...members].flatMap(([root, group]) => {
    const quote = sharedQuoteOf(group, linksByGroup.get(root) ?? [], context);
    return quote ? [quote] : [];
  });
  quotes.sort((a, b) =>
    a.occurrences[0] && b.occurrences[0] ? byPosition(a.occurrences[0], b.occurrences[0]) : 0,
  );
  assignIds(quotes);
  return quotes;
}

function blockOrder(block: string): number {
  const [kind, number] = block.split("-");
  return (kind === "fig" ? 10_000 : 0) + Number(number);
}
